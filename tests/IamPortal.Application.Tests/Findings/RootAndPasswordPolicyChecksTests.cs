using IamPortal.Application.Findings;
using IamPortal.Application.Findings.Checks;
using IamPortal.Application.Iam;
using static IamPortal.Application.Tests.Findings.FindingsSample;

namespace IamPortal.Application.Tests.Findings;

public sealed class RootAndPasswordPolicyChecksTests
{
    private static FindingStatus Root(ICheck check, AccountSettings settings) => check.Evaluate(Input(settings: settings)).Single().Status;

    [Fact]
    public void RootAccessKey_PassWithoutKeyFailWithKeyManualWhenUnreadable()
    {
        Root(new RootAccessKeyCheck(), Settings(rootKeys: 0)).Should().Be(FindingStatus.Pass);
        Root(new RootAccessKeyCheck(), Settings(rootKeys: 1)).Should().Be(FindingStatus.Fail);
        Root(new RootAccessKeyCheck(), Settings() with { Error = "AccessDenied" }).Should().Be(FindingStatus.Manual);
    }

    [Fact]
    public void RootMfa_PassWithMfaFailWithout()
    {
        Root(new RootMfaCheck(), Settings(mfa: 1)).Should().Be(FindingStatus.Pass);
        Root(new RootMfaCheck(), Settings(mfa: 0)).Should().Be(FindingStatus.Fail);
    }

    [Fact]
    public void RootHardwareMfa_FailWithoutAnyMfaManualOtherwise()
    {
        Root(new RootHardwareMfaCheck(), Settings(mfa: 0)).Should().Be(FindingStatus.Fail);
        Root(new RootHardwareMfaCheck(), Settings(mfa: 1)).Should().Be(FindingStatus.Manual);
    }

    [Fact]
    public void RootUsage_ManualPointingAtTheRootRow()
    {
        var result = new RootUsageCheck().Evaluate(Input()).Single();
        result.Status.Should().Be(FindingStatus.Manual);
        result.Detail.Should().Contain("<root_account>");
    }

    [Theory]
    [InlineData("iam_password_policy_minimum_length_14")]
    [InlineData("iam_password_policy_reuse_24")]
    [InlineData("iam_password_policy_expires_passwords_within_90_days_or_less")]
    [InlineData("iam_password_policy_uppercase")]
    [InlineData("iam_password_policy_lowercase")]
    [InlineData("iam_password_policy_symbol")]
    [InlineData("iam_password_policy_number")]
    [InlineData("iam_password_policy_strong")]
    public void PasswordPolicy_PassWithCisPolicyFailWithWeakOrNoPolicy(string checkId)
    {
        var check = PasswordPolicyCheck.All().Single(c => c.Definition.Id == checkId);
        var strong = new IamPasswordPolicy(14, true, true, true, true, true, true, 90, 24);
        var weak = new IamPasswordPolicy(8, false, false, false, false, true, false, null, 5);
        Root(check, Settings(strong)).Should().Be(FindingStatus.Pass);
        Root(check, Settings(weak)).Should().Be(FindingStatus.Fail);
        Root(check, Settings(null)).Should().Be(FindingStatus.Fail);
        check.Definition.FixLink.Should().Be(FindingFixKind.PasswordPolicy);
    }
}
