using System.Text.RegularExpressions;
using IamPortal.Application.Accounts;

namespace IamPortal.Application.Tests.Accounts;

public class SourceIdentityFormatTests
{
    [Theory]
    [InlineData("alice@example.com", "alice@example.com")]
    [InlineData("first.last+ops@corp.example", "first.last+ops@corp.example")]
    [InlineData("  bob@example.com ", "bob@example.com")]
    [InlineData("Jörg Müller", "J-rg-M-ller")]
    [InlineData("CORP\\alice", "CORP-alice")]
    [InlineData("a", "a-")]
    [InlineData("", "--")]
    [InlineData("aws:admin", "aws-admin")]
    [InlineData("AWS:root", "AWS-root")]
    public void From_OperatorKey_FollowsStsRules(string operatorKey, string expected)
    {
        var value = SourceIdentityFormat.From(operatorKey);

        value.Should().Be(expected);
        SourceIdentityFormat.IsValid(value).Should().BeTrue();
    }

    [Fact]
    public void From_LongSubject_IsTrimmedTo64()
    {
        var value = SourceIdentityFormat.From(new string('x', 70) + "@example.com");

        value.Should().Be(new string('x', 64));
    }

    [Fact]
    public void From_AnyInput_MatchesTheStsPattern()
    {
        var samples = new[] { "00u1abcd2EFGH3ijk4l5", "f3b1c2d4-1111-2222-3333-444455556666", "名前@例え.jp", "a b\tc\n", "x=1,y=2" };

        samples.Select(SourceIdentityFormat.From).Should().OnlyContain(v => Regex.IsMatch(v, @"^[A-Za-z0-9_+=,.@-]{2,64}$"));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData("a", false)]
    [InlineData("aws:x", false)]
    [InlineData("has space", false)]
    [InlineData("alice@example.com", true)]
    public void IsValid_Value_AppliesStsRules(string? value, bool valid) =>
        SourceIdentityFormat.IsValid(value).Should().Be(valid);
}
