using IamPortal.Application.Findings;
using IamPortal.Application.Findings.Checks;
using IamPortal.Application.Iam;
using static IamPortal.Application.Tests.Findings.FindingsSample;

namespace IamPortal.Application.Tests.Findings;

public sealed class PasswordPolicyChecksTests
{
    private static FindingStatus Status(ICheck check, AccountSettings settings) => check.Evaluate(Input(settings: settings)).Single().Status;

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
        Status(check, Settings(strong)).Should().Be(FindingStatus.Pass);
        Status(check, Settings(weak)).Should().Be(FindingStatus.Fail);
        Status(check, Settings(null)).Should().Be(FindingStatus.Fail);
        check.Definition.FixLink.Should().Be(FindingFixKind.PasswordPolicy);
    }
}
