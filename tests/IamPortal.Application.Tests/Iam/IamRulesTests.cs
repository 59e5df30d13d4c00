using IamPortal.Application.Iam;

namespace IamPortal.Application.Tests.Iam;

public class IamRulesTests
{
    [Theory]
    [InlineData("alice.smith", true)]
    [InlineData("svc+ci=deploy,x@y_z-1", true)]
    [InlineData("", false)]
    [InlineData("has space", false)]
    [InlineData("slash/name", false)]
    public void ValidateUserName_IamCharacterRule(string name, bool valid) => (IamRules.ValidateUserName(name) is null).Should().Be(valid);

    [Fact]
    public void ValidateUserName_65Characters_IsTooLong() => IamRules.ValidateUserName(new string('a', 65)).Should().Contain("64");

    [Theory]
    [InlineData("/", true)]
    [InlineData("/engineering/", true)]
    [InlineData("/a/b/", true)]
    [InlineData("engineering/", false)]
    [InlineData("/engineering", false)]
    [InlineData("/with space/", false)]
    public void ValidatePath_StartsAndEndsWithSlash(string path, bool valid) => (IamRules.ValidatePath(path) is null).Should().Be(valid);

    [Fact]
    public void ValidateTags_ReservedDuplicateAndTooMany_AreRefused()
    {
        IamRules.ValidateTags([new IamTag("aws:owner", "x")]).Should().Contain("reserved");
        IamRules.ValidateTags([new IamTag("Owner", "a"), new IamTag("owner", "b")]).Should().Contain("twice");
        IamRules.ValidateTags(Enumerable.Range(0, 51).Select(i => new IamTag($"k{i}", "v")).ToList()).Should().Contain("50");
        IamRules.ValidateTags([new IamTag("Cost Center", "42/a:b=c+d-e@f")]).Should().BeNull();
        IamRules.ValidateTags([new IamTag("Owner", "semi;colon")]).Should().Contain("Owner");
    }

    [Fact]
    public void ValidatePassword_AgainstStrictPolicy_ListsEveryMissingClass()
    {
        var policy = new IamPasswordPolicy(MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true,
            RequireUppercaseCharacters: true, RequireLowercaseCharacters: true);

        IamRules.ValidatePassword("short", policy).Should().HaveCount(4);
        IamRules.ValidatePassword("Long-enough-Passw0rd", policy).Should().BeEmpty();
    }
}
