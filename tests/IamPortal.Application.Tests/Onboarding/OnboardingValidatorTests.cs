using IamPortal.Application.Iam;
using IamPortal.Application.Onboarding;

namespace IamPortal.Application.Tests.Onboarding;

public class OnboardingValidatorTests
{
    private static readonly IamPasswordPolicy Strict = new(MinimumPasswordLength: 14, RequireSymbols: true, RequireNumbers: true,
        RequireUppercaseCharacters: true, RequireLowercaseCharacters: true);

    internal static OnboardingOptions Options(bool allowDirect = false) => new(
        [new GroupOption("developers", "/", [new IamAttachedPolicy("ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess")]),
         new GroupOption("billing", "/", [])],
        [new PolicyOption("ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess", null, true),
         new PolicyOption("DeveloperBoundary", "arn:aws:iam::123456789012:policy/boundaries/DeveloperBoundary", null, false)],
        [new UserOption("alice", ["developers", "billing"])],
        new IamPortal.Application.Guardrails.Guardrails { AllowDirectPolicyAttachment = allowDirect },
        Strict);

    internal static OnboardingRequest Valid() => new()
    {
        UserName = "new.hire", Path = "/", ConsoleAccess = true, ProgrammaticAccess = true, Groups = ["developers"],
        Tags = [new("Department", "Engineering"), new("CostCenter", "CC-1100"), new("Owner", "lead@example.com")],
    };

    private static Dictionary<string, string> Validate(OnboardingRequest r, OnboardingStep? step = null, string? existing = null, bool allowDirect = false) =>
        OnboardingValidator.Validate(r, step, Options(allowDirect), existing);

    [Fact]
    public void Validate_ValidRequest_NoErrors() => Validate(Valid()).Should().BeEmpty();

    [Theory]
    [InlineData("", "required")]
    [InlineData("has space", "only letters")]
    [InlineData("UpperCase", "organisation's pattern")]
    [InlineData("this-name-is-far-too-long-for-iam-because-iam-allows-only-64-chars-x", "at most 64")]
    public void Validate_BadUserName_ErrorAtUserName(string name, string expected) =>
        Validate(Valid() with { UserName = name }, OnboardingStep.Details)[OnboardingFields.UserName].Should().Contain(expected);

    [Fact]
    public void Validate_NameTaken_ErrorSaysCaseInsensitive() =>
        Validate(Valid(), OnboardingStep.Details, existing: "new.hire")[OnboardingFields.UserName].Should().Contain("case-insensitive");

    [Fact]
    public void Validate_NameTakenInOtherCase_NamesTheExistingUser()
    {
        var options = Options(false) with { Guardrails = new IamPortal.Application.Guardrails.Guardrails { UserNamePattern = "" } };

        var errors = OnboardingValidator.Validate(Valid() with { UserName = "Jane.Doe" }, OnboardingStep.Details, options, "jane.doe");

        errors[OnboardingFields.UserName].Should().StartWith("A user named 'jane.doe' already exists").And.Contain("'Jane.Doe' would clash");
    }

    [Fact]
    public void Validate_PatternWithoutHint_ErrorQuotesThePattern() =>
        OnboardingValidator.Validate(Valid() with { UserName = "UpperCase" }, OnboardingStep.Details,
                Options(false) with { Guardrails = new IamPortal.Application.Guardrails.Guardrails { UserNamePatternHint = " " } }, null)
            [OnboardingFields.UserName].Should().EndWith("pattern: ^[a-z0-9][a-z0-9._@+=,-]*$.");

    [Theory]
    [InlineData("")]
    [InlineData("engineering")]
    [InlineData("/engineering")]
    [InlineData("/with space/")]
    public void Validate_BadPath_ErrorAtPath(string path) =>
        Validate(Valid() with { Path = path }, OnboardingStep.Details).Should().ContainKey(OnboardingFields.Path);

    [Fact]
    public void Validate_NoAccessChosen_ErrorAtAccess() =>
        Validate(Valid() with { ConsoleAccess = false, ProgrammaticAccess = false }, OnboardingStep.Access).Should().ContainKey(OnboardingFields.Access);

    [Theory]
    [InlineData("short1!A")]
    [InlineData("alllowercase-and-long-1")]
    [InlineData("NoSymbolsButLong123")]
    public void Validate_CustomPasswordAgainstPolicy_ErrorAtPassword(string password) =>
        Validate(Valid() with { PasswordChoice = PasswordChoice.Custom, CustomPassword = password }, OnboardingStep.Access)
            [OnboardingFields.CustomPassword].Should().Contain("password policy");

    [Fact]
    public void Validate_CustomPasswordSatisfiesPolicy_NoError() =>
        Validate(Valid() with { PasswordChoice = PasswordChoice.Custom, CustomPassword = "Correct-Horse-9-Battery" }, OnboardingStep.Access).Should().BeEmpty();

    [Fact]
    public void Validate_UnknownGroup_ErrorAtGroups() =>
        Validate(Valid() with { Groups = ["nope"] }, OnboardingStep.Permissions)[OnboardingFields.Groups].Should().Contain("nope");

    [Fact]
    public void Validate_MoreThanTenGroups_ErrorAtGroups()
    {
        var options = Options() with { Groups = Enumerable.Range(0, 11).Select(i => new GroupOption($"g{i}", "/", [])).ToList() };
        var errors = OnboardingValidator.Validate(Valid() with { Groups = options.Groups.Select(g => g.GroupName).ToList() }, OnboardingStep.Permissions, options, null);
        errors[OnboardingFields.Groups].Should().Contain("at most 10");
    }

    [Fact]
    public void Validate_UnknownCopySource_ErrorAtCopyFrom() =>
        Validate(Valid() with { CopyGroupsFromUser = "ghost" }, OnboardingStep.Permissions).Should().ContainKey(OnboardingFields.CopyGroupsFromUser);

    [Fact]
    public void Validate_DirectPolicyWhenGuardrailsForbid_ErrorAtPolicies() =>
        Validate(Valid() with { ManagedPolicyArns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"], DirectAttachmentJustification = "why" }, OnboardingStep.Permissions)
            [OnboardingFields.ManagedPolicyArns].Should().Contain("guardrails");

    [Fact]
    public void Validate_DirectPolicyWithoutJustification_ErrorAtJustification() =>
        Validate(Valid() with { ManagedPolicyArns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"] }, OnboardingStep.Permissions, allowDirect: true)
            .Should().ContainKey(OnboardingFields.DirectAttachmentJustification);

    [Fact]
    public void Validate_DirectPolicyAllowedAndJustified_NoError() =>
        Validate(Valid() with { ManagedPolicyArns = ["arn:aws:iam::aws:policy/ReadOnlyAccess"], DirectAttachmentJustification = "Break-glass" },
            OnboardingStep.Permissions, allowDirect: true).Should().BeEmpty();

    [Fact]
    public void Validate_MoreThanTenPolicies_ErrorAtPolicies() =>
        Validate(Valid() with { ManagedPolicyArns = Enumerable.Range(0, 11).Select(i => $"arn:aws:iam::aws:policy/P{i}").ToList(), DirectAttachmentJustification = "x" },
            OnboardingStep.Permissions, allowDirect: true)[OnboardingFields.ManagedPolicyArns].Should().Contain("At most 10");

    [Fact]
    public void Validate_UnknownBoundary_ErrorAtBoundary() =>
        Validate(Valid() with { PermissionsBoundaryArn = "arn:aws:iam::123456789012:policy/Nope" }, OnboardingStep.Permissions)
            .Should().ContainKey(OnboardingFields.PermissionsBoundaryArn);

    [Fact]
    public void Validate_MissingRequiredTag_ErrorAtTags() =>
        Validate(Valid() with { Tags = [new("Department", "Eng")] }, OnboardingStep.Tags)[OnboardingFields.Tags].Should().Contain("CostCenter").And.Contain("Owner");

    [Fact]
    public void Validate_RequiredTagEmpty_ErrorAtThatValue() =>
        Validate(Valid() with { Tags = [new("Department", ""), new("CostCenter", "c"), new("Owner", "o")] }, OnboardingStep.Tags)
            .Should().ContainKey(OnboardingFields.TagValue(0));

    [Theory]
    [InlineData("aws:reserved", "x", "Tags[3].Key")]
    [InlineData("iamportal:onboarding-job", "x", "Tags[3].Key")]
    [InlineData("bad#key", "x", "Tags[3].Key")]
    [InlineData("Team", "bad;value", "Tags[3].Value")]
    public void Validate_BadTag_ErrorAtThatField(string key, string value, string field) =>
        Validate(Valid() with { Tags = [.. Valid().Tags, new(key, value)] }, OnboardingStep.Tags).Should().ContainKey(field);

    [Fact]
    public void Validate_FiftyTags_ErrorAtTagsLeavesRoomForTheJobsOwnTag() =>
        Validate(Valid() with { Tags = [.. Valid().Tags, .. Enumerable.Range(0, 47).Select(i => new IamTag($"Extra{i}", "x"))] }, OnboardingStep.Tags)
            [OnboardingFields.Tags].Should().Contain("At most 49 tags");

    [Fact]
    public void Validate_DuplicateTagKeys_ErrorAtTags() =>
        Validate(Valid() with { Tags = [.. Valid().Tags, new("owner", "again")] }, OnboardingStep.Tags)[OnboardingFields.Tags].Should().Contain("twice");

    [Fact]
    public void Validate_MoreThanFiftyTags_ErrorAtTags() =>
        Validate(Valid() with { Tags = [.. Valid().Tags, .. Enumerable.Range(0, 48).Select(i => new IamTag($"k{i}", "v"))] }, OnboardingStep.Tags)
            [OnboardingFields.Tags].Should().Contain("at most 50");

    [Fact]
    public void Validate_OneStep_ChecksOnlyThatStep() =>
        Validate(Valid() with { UserName = "", Tags = [] }, OnboardingStep.Access).Should().BeEmpty();

    [Fact]
    public void EffectiveGroups_CopyFromUser_MergesWithoutDuplicates() =>
        OnboardingValidator.EffectiveGroups(Valid(), new UserOption("alice", ["Developers", "billing"])).Should().Equal("developers", "billing");
}
