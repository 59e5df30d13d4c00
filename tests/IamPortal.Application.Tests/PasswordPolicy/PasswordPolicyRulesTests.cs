using IamPortal.Application.Findings;
using IamPortal.Application.Iam;
using IamPortal.Application.PasswordPolicy;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.PasswordPolicy;

public sealed class PasswordPolicyRulesTests
{
    [Fact]
    public void CisBaseline_Always_MeetsEveryBaselineLine()
    {
        PasswordPolicyComparison.Compare(PasswordPolicyRules.CisBaseline).Should().OnlyContain(l => l.Met);
    }

    [Fact]
    public void Compare_NoPolicy_ShowsIamDefaultsAndEveryLineFails()
    {
        var lines = PasswordPolicyComparison.Compare(null);
        lines.Should().HaveCount(PasswordPolicyBaseline.Requirements.Count).And.OnlyContain(l => !l.Met);
        lines[0].Current.Should().Be("8 characters (IAM default)");
        lines.Single(l => l.Requirement.SecurityHub == "IAM.17").Current.Should().Be("never (IAM default)");
    }

    [Fact]
    public void Compare_ShortPolicy_LengthFailsReuseMet()
    {
        var lines = PasswordPolicyComparison.Compare(new IamPasswordPolicy(MinimumPasswordLength: 10, PasswordReusePrevention: 24));
        lines.Single(l => l.Requirement.CisV3 == "1.8").Should().Match<PasswordPolicyLine>(l => !l.Met && l.Current == "10 characters");
        lines.Single(l => l.Requirement.CisV3 == "1.9").Should().Match<PasswordPolicyLine>(l => l.Met && l.Current == "last 24 passwords remembered");
    }

    [Theory]
    [InlineData(5, null, null, PasswordPolicyFields.MinimumPasswordLength)]
    [InlineData(129, null, null, PasswordPolicyFields.MinimumPasswordLength)]
    [InlineData(14, 0, null, PasswordPolicyFields.MaxPasswordAge)]
    [InlineData(14, 1096, null, PasswordPolicyFields.MaxPasswordAge)]
    [InlineData(14, null, 0, PasswordPolicyFields.PasswordReusePrevention)]
    [InlineData(14, null, 25, PasswordPolicyFields.PasswordReusePrevention)]
    public void Validate_OutsideIamRanges_ErrorAtTheField(int length, int? age, int? reuse, string field)
    {
        var errors = PasswordPolicyRules.Validate(new IamPasswordPolicy(MinimumPasswordLength: length, ExpirePasswords: age is not null,
            MaxPasswordAge: age, PasswordReusePrevention: reuse));
        errors.Keys.Should().Equal(field);
    }

    [Fact]
    public void Validate_EdgesOfIamRanges_NoError()
    {
        PasswordPolicyRules.Validate(new IamPasswordPolicy(6, ExpirePasswords: true, MaxPasswordAge: 1095, PasswordReusePrevention: 1)).Should().BeEmpty();
        PasswordPolicyRules.Validate(new IamPasswordPolicy(128, ExpirePasswords: true, MaxPasswordAge: 1, PasswordReusePrevention: 24)).Should().BeEmpty();
    }

    [Fact]
    public void Normalize_ExpiryOff_DropsAgeAndHardExpiry()
    {
        PasswordPolicyRules.Normalize(new IamPasswordPolicy(MaxPasswordAge: 90, HardExpiry: true))
            .Should().Match<IamPasswordPolicy>(p => p.MaxPasswordAge == null && !p.HardExpiry);
    }
}

public sealed class PasswordPolicyImpactTests
{
    private static readonly DateTimeOffset Now = Sample.Now;

    private static List<ConsolePassword> Passwords(params int[] ages) =>
        [.. ages.Select((a, i) => new ConsolePassword("u" + i, Now.AddDays(-a)))];

    [Fact]
    public void Describe_TurningOnExpiry_CountsOlderPasswordsAndSaysChangeAtSignIn()
    {
        var sentences = PasswordPolicyImpact.Describe(new IamPasswordPolicy(), new IamPasswordPolicy(ExpirePasswords: true, MaxPasswordAge: 90),
            Passwords(10, 91, 200, 400), Now);
        sentences.Should().Contain("Turning on expiry after 90 days: 3 console users have passwords older than 90 days and must change them at their next sign-in.");
    }

    [Fact]
    public void Describe_HardExpiry_SaysCannotSignInUntilAnAdminResets()
    {
        var sentences = PasswordPolicyImpact.Describe(null, new IamPasswordPolicy(ExpirePasswords: true, MaxPasswordAge: 90, HardExpiry: true),
            Passwords(120), Now);
        sentences.Should().Contain("Turning on expiry after 90 days: 1 console user has a password older than 90 days and cannot sign in until an admin resets it.");
    }

    [Fact]
    public void Describe_StricterLengthAndReuse_ApplyAtNextChangeOnly()
    {
        var sentences = PasswordPolicyImpact.Describe(new IamPasswordPolicy(8), new IamPasswordPolicy(14, RequireSymbols: true, PasswordReusePrevention: 24),
            Passwords(1, 2), Now);
        sentences.Should().HaveCount(2);
        sentences[0].Should().StartWith("Minimum length and character rules apply at each user's next password change; existing passwords keep working");
        sentences[1].Should().Contain("Reuse prevention applies at each user's next password change").And.Contain("last 24");
    }

    [Fact]
    public void Describe_SamePolicy_NoSentence()
    {
        var p = PasswordPolicyRules.CisBaseline;
        PasswordPolicyImpact.Describe(p, p, Passwords(500), Now).Should().BeEmpty();
    }

    [Fact]
    public void Describe_LengtheningExpiry_NobodyAffectedAtOnce()
    {
        PasswordPolicyImpact.Describe(new IamPasswordPolicy(ExpirePasswords: true, MaxPasswordAge: 90), new IamPasswordPolicy(ExpirePasswords: true, MaxPasswordAge: 180),
            Passwords(100), Now).Should().ContainSingle().Which.Should().Contain("nobody is affected at once");
    }

    [Fact]
    public void Describe_Deleting_SaysIamDefaultsApply()
    {
        PasswordPolicyImpact.Describe(PasswordPolicyRules.CisBaseline, null, Passwords(5), Now)
            .Should().ContainSingle().Which.Should().Contain("IAM's defaults apply").And.Contain("no longer expire");
    }
}
