using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;
using IamPortal.Application.Policies.Effective;
using IamPortal.Application.Policies.Risk;
using IamPortal.Application.Tests.Fakes;
using static IamPortal.Application.Tests.Policies.Effective.EffectiveInventory;

namespace IamPortal.Application.Tests.Policies.Effective;

/// <summary>Effective risk and the preview over the real risk engine and action catalogue (the fixtures).</summary>
public class EffectiveRiskWithEngineTests
{
    private static readonly RiskAnalyzer Engine = new(new ActionCatalog());

    private static readonly EffectiveInventory Inventory = new EffectiveInventory()
        .Group("deployers", [PassRoleArn]).Group("runners", [RunInstancesArn]).Group("ops")
        .User("alice", ["deployers", "runners"]).User("bob", ["deployers"]).User("carol", ["ops"]).User("dave", ["ops"]).User("erin", ["ops"]);

    private static PolicyDocumentFetcher Fetcher() => new(Substitute.For<Application.Iam.IIamPoliciesApi>(), new FakeOperator(PortalRole.Auditor));

    private static bool IsPassRoleRunInstances(RiskFinding f) =>
        f.Category == RiskCategory.PrivilegeEscalation && f.Actions.Contains("iam:PassRole", StringComparer.OrdinalIgnoreCase)
        && f.Actions.Contains("ec2:RunInstances", StringComparer.OrdinalIgnoreCase);

    [Fact]
    public async Task ForUserAsync_SplitEscalation_FoundOnlyWhenBothGroupsAreCounted()
    {
        var service = new IdentityRiskService(Inventory, Engine, new EffectiveRiskCache(), Fetcher());

        (await service.ForUserAsync("alice")).Findings.Should().Contain(f => IsPassRoleRunInstances(f));
        (await service.ForUserAsync("bob")).Findings.Should().NotContain(f => IsPassRoleRunInstances(f));
        (await service.ForGroupAsync("runners")).Findings.Should().NotContain(f => IsPassRoleRunInstances(f));
    }

    [Fact]
    public async Task PreviewAsync_AdministratorAccessToGroupOfThree_AdminEquivalentForThreeUsers()
    {
        var preview = new PermissionChangePreview(Inventory, Engine, new EffectiveRiskCache(), Fetcher());

        var impact = await preview.PreviewAsync([new PermissionChange.AttachPolicy(PrincipalRef.Group("ops"), AdminArn)]);

        impact.Lines.Should().ContainSingle(l => l.Added && l.Finding.Category == RiskCategory.AdminEquivalent).Which.Users.Should().Be(3);
        impact.Lines.Should().OnlyContain(l => l.Added && l.Users == 3);
        impact.Summary.Should().StartWith("Adds ").And.Contain("for 3 users");
    }
}
