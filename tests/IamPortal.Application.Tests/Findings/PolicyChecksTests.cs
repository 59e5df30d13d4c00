using IamPortal.Application.Findings;
using IamPortal.Application.Findings.Checks;
using IamPortal.Application.Iam;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Tests.Policies.Effective;
using static IamPortal.Application.Tests.Findings.FindingsSample;

namespace IamPortal.Application.Tests.Findings;

public sealed class PolicyChecksTests
{
    private const string CloudShell = "arn:aws:iam::aws:policy/AWSCloudShellFullAccess";
    private const string Support = "arn:aws:iam::aws:policy/AWSSupportAccess";

    [Fact]
    public void GroupAdministratorAccess_FailWhenAttachedToTheGroup()
    {
        new GroupAdministratorAccessCheck().Statuses(Input(groups: [Group("admins", AdminArn), Group("devs")]))
            .Should().BeEquivalentTo(new Dictionary<string, FindingStatus> { ["admins"] = FindingStatus.Fail, ["devs"] = FindingStatus.Pass });
    }

    [Fact]
    public void CloudShellFullAccess_FailOnUserOrGroupPassOtherwise()
    {
        new CloudShellFullAccessCheck().Statuses(Input(
                [User("shell") with { AttachedPolicies = [new IamAttachedPolicy("AWSCloudShellFullAccess", CloudShell)] }, User("plain")],
                [Group("ops", CloudShell), Group("devs")]))
            .Should().BeEquivalentTo(new Dictionary<string, FindingStatus>
            {
                ["shell"] = FindingStatus.Fail, ["plain"] = FindingStatus.Pass, ["ops"] = FindingStatus.Fail, ["devs"] = FindingStatus.Pass,
            });
    }

    [Fact]
    public void SupportRole_PassWhenARoleHoldsItManualOtherwise()
    {
        var doc = ActionRiskAnalyzer.Allow("support:*");
        new SupportRoleCheck().Evaluate(Input(policies: [Policy(Support, doc, attachments: 1)])).Single().Status.Should().Be(FindingStatus.Pass);
        new SupportRoleCheck().Evaluate(Input(groups: [Group("support", Support)], policies: [Policy(Support, doc, attachments: 1)])).Single().Status
            .Should().Be(FindingStatus.Manual);
        new SupportRoleCheck().Evaluate(Input()).Single().Status.Should().Be(FindingStatus.Manual);
    }

    [Theory]
    [InlineData(PolicyKind.AwsManaged)]
    [InlineData(PolicyKind.CustomerManaged)]
    [InlineData(PolicyKind.Inline)]
    public void NoAdministrativePrivileges_FailForStarStarPolicyInUse(PolicyKind kind)
    {
        var check = new NoAdministrativePrivilegesCheck(kind);
        var admin = ActionRiskAnalyzer.Allow("*");
        var read = ActionRiskAnalyzer.Allow("s3:GetObject");
        var input = kind switch
        {
            PolicyKind.Inline => Input([User("u") with { InlinePolicies = [new IamInlinePolicy("all", admin), new IamInlinePolicy("read", read)] }]),
            PolicyKind.AwsManaged => Input(policies: [Policy(AdminArn, admin), Policy("arn:aws:iam::aws:policy/ReadOnly", read), Policy("arn:aws:iam::aws:policy/Unused", admin, 0)]),
            _ => Input(policies: [Policy("arn:aws:iam::123456789012:policy/all", admin), Policy("arn:aws:iam::123456789012:policy/read", read)]),
        };
        var results = check.Evaluate(input).ToList();
        results.Should().HaveCount(2);
        results.Count(r => r.Status == FindingStatus.Fail).Should().Be(1);
        results.Count(r => r.Status == FindingStatus.Pass).Should().Be(1);
        check.Definition.Severity.Should().Be(kind == PolicyKind.CustomerManaged ? RiskSeverity.High : RiskSeverity.Critical);
    }

    [Fact]
    public void PrivilegeEscalation_FailForEscalatingPolicyPassForOthers()
    {
        new PrivilegeEscalationCheck().Statuses(Input(
                [User("u") with { InlinePolicies = [new IamInlinePolicy("pv", ActionRiskAnalyzer.Allow("iam:CreatePolicyVersion"))] }],
                policies: [Policy("arn:aws:iam::123456789012:policy/read", ActionRiskAnalyzer.Allow("s3:GetObject"))]))
            .Should().BeEquivalentTo(new Dictionary<string, FindingStatus> { ["u / pv"] = FindingStatus.Fail, ["read"] = FindingStatus.Pass });
    }

    [Fact]
    public void ServiceWildcard_FailsOnServiceStarPassesOnPrefixAndSkipsBoundariesAndAwsManaged()
    {
        const string local = "arn:aws:iam::123456789012:policy/";
        var boundary = Policy(local + "boundary", """{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""", attachments: 0);
        boundary = boundary with { Policy = boundary.Policy with { PermissionsBoundaryUsageCount = 2 } };
        var results = new ServiceWildcardCheck().Evaluate(Input(policies: [
            Policy(local + "s3-all", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["S3:*","ec2:Describe*"],"Resource":"*"}]}"""),
            Policy(local + "unattached-kms", """{"Statement":{"Effect":"Allow","Action":"kms:*","Resource":"arn:aws:kms:*:*:key/1"}}""", attachments: 0),
            Policy(local + "describe", """{"Statement":[{"Effect":"Allow","Action":"ec2:Describe*","Resource":"*"},{"Effect":"Deny","Action":"iam:*","Resource":"*"}]}"""),
            Policy(local + "broken", "not json"),
            boundary,
            Policy("arn:aws:iam::aws:policy/AmazonS3FullAccess", """{"Statement":[{"Effect":"Allow","Action":"s3:*","Resource":"*"}]}""")]))
            .ToDictionary(r => r.ResourceName);

        results.ToDictionary(r => r.Key, r => r.Value.Status).Should().BeEquivalentTo(new Dictionary<string, FindingStatus>
        {
            ["s3-all"] = FindingStatus.Fail, ["unattached-kms"] = FindingStatus.Fail, ["describe"] = FindingStatus.Pass, ["broken"] = FindingStatus.Manual,
        }, "a Deny of iam:* grants nothing; a boundary-only policy and AWS managed ones are outside IAM.21");
        results["s3-all"].Detail.Should().Be("Allows S3:*.");
    }
}
