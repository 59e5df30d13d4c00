using IamPortal.Application.Iam;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Managed;
using static IamPortal.Application.Tests.Policies.PoliciesHarness;

namespace IamPortal.Application.Tests.Policies.Managed;

public class PolicyListServiceTests
{
    private const string ReadOnly = "arn:aws:iam::aws:policy/ReadOnlyAccess";
    private const string Admin = "arn:aws:iam::aws:policy/AdministratorAccess";
    private const string AdminDocument = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}""";

    private static PoliciesHarness WithPolicies()
    {
        var h = new PoliciesHarness();
        h.CustomerPolicies.Add(new IamPolicyWithVersions(Policy(attachments: 2), [Version("v1", true)]));
        h.CustomerPolicies.Add(new IamPolicyWithVersions(Policy("arn:aws:iam::123456789012:policy/unused"), [Version("v1", true)]));
        h.Iam.ListPoliciesAsync(PolicyScope.Aws).ReturnsForAnyArgs([Policy(ReadOnly), Policy(Admin, attachments: 1)]);
        // The inventory holds the AWS managed policies attached to someone, with their documents.
        h.CustomerPolicies.Add(new IamPolicyWithVersions(Policy(Admin, attachments: 1), [Version("v1", true, AdminDocument)]));
        h.Risk.Analyze(default!).ReturnsForAnyArgs(RiskReport.Empty);
        h.Risk.Analyze(Arg.Is<PolicySource>(p => p.Document == AdminDocument)).Returns(new RiskReport([new RiskFinding(RiskCategory.AdminEquivalent,
            RiskSeverity.Critical, true, "admin", "Admin-equivalent", "Everything.", ["*"], [])]));
        return h;
    }

    [Fact]
    public async Task ListAsync_All_CustomerManagedThenAwsManagedWithRiskFromTheInventoryAndNoCallPerRow()
    {
        var h = WithPolicies();

        var list = await h.List.ListAsync(new PolicyListQuery());

        list.Items.Select(p => p.PolicyName).Should().Equal("deploy", "unused", "AdministratorAccess", "ReadOnlyAccess");
        list.Items.Single(p => p.Arn == Admin).Risk.Should().Be(RiskSeverity.Critical);
        list.Items.Single(p => p.Arn == ReadOnly).Risk.Should().BeNull();
        list.Items.Single(p => p.PolicyName == "deploy").Risk.Should().Be(RiskSeverity.None);
        await h.Iam.DidNotReceiveWithAnyArgs().GetPolicyVersionAsync(default!, default!);
    }

    [Fact]
    public async Task ListAsync_TwiceWithinTheHour_CallsListPoliciesOnce()
    {
        var h = WithPolicies();

        await h.List.ListAsync(new PolicyListQuery());
        await h.List.ListAsync(new PolicyListQuery(PolicyScopeFilter.AwsManaged));
        h.Time.Advance(TimeSpan.FromHours(2));
        await h.List.ListAsync(new PolicyListQuery());

        await h.Iam.ReceivedWithAnyArgs(2).ListPoliciesAsync(default);
    }

    [Fact]
    public async Task ListAsync_AttachedOnlyCustomerManagedWithSearch_Filters()
    {
        var h = WithPolicies();

        var attached = await h.List.ListAsync(new PolicyListQuery(PolicyScopeFilter.CustomerManaged, AttachedOnly: true));
        var search = await h.List.ListAsync(new PolicyListQuery(Search: "readonly"));

        attached.Items.Select(p => p.PolicyName).Should().Equal("deploy");
        search.Items.Select(p => p.PolicyName).Should().Equal("ReadOnlyAccess");
        await h.Iam.DidNotReceiveWithAnyArgs().GetPolicyVersionAsync(default!, default!);
    }

    [Fact]
    public async Task ListAsync_AwsListFails_CustomerManagedStillListedAndTheFailureSaid()
    {
        var h = WithPolicies();
        h.Iam.ListPoliciesAsync(PolicyScope.Aws).ThrowsAsyncForAnyArgs(new IamException("AccessDenied", "not allowed to ListPolicies"));

        var list = await h.List.ListAsync(new PolicyListQuery());

        list.Items.Should().HaveCount(2);
        list.AwsManagedError.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task ExportCsvAsync_WritesOneRowPerPolicy()
    {
        var h = WithPolicies();

        var csv = await h.List.ExportCsvAsync(new PolicyListQuery(PolicyScopeFilter.CustomerManaged));

        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3);
        csv.Should().Contain("deploy,Customer managed,arn:aws:iam::123456789012:policy/deploy");
    }
}
