using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Effective;
using IamPortal.Application.Tests.Fakes;
using static IamPortal.Application.Tests.Policies.Effective.EffectiveInventory;

namespace IamPortal.Application.Tests.Policies.Effective;

public class PermissionChangePreviewTests
{
    private readonly ActionRiskAnalyzer _analyzer = new();
    private readonly IIamPoliciesApi _iam = Substitute.For<IIamPoliciesApi>();

    private Task<ChangeImpact> PreviewAsync(EffectiveInventory inventory, params PermissionChange[] changes) =>
        new PermissionChangePreview(inventory, _analyzer, new PolicyDocumentFetcher(_iam, new FakeOperator(PortalRole.Auditor))).PreviewAsync(changes);

    [Fact]
    public async Task PreviewAsync_AdministratorAccessToGroupOfThree_OneAddedLineForThreeUsers()
    {
        var inventory = new EffectiveInventory().Group("ops").User("alice", ["ops"]).User("bob", ["ops"]).User("carol", ["ops"]).User("dave");

        var impact = await PreviewAsync(inventory, new PermissionChange.AttachPolicy(PrincipalRef.Group("ops"), AdminArn));

        impact.Lines.Should().ContainSingle().Which.Should().Match<ImpactLine>(l => l.Added && l.Users == 3 && l.Finding.Key == "admin");
        impact.AffectedUsers.Should().Equal("alice", "bob", "carol");
        impact.Difference.Added.Should().ContainSingle(f => f.Key == "admin");
        impact.Summary.Should().Be("Adds administrator-equivalent access, confirmed, for 3 users.");
        impact.AddsRisk.Should().BeTrue();
    }

    [Fact]
    public async Task PreviewAsync_MemberAlreadyAdmin_CountsOnlyUsersWhoGainIt()
    {
        var inventory = new EffectiveInventory().Group("ops").User("alice", ["ops"], [AdminArn]).User("bob", ["ops"]);

        var impact = await PreviewAsync(inventory, new PermissionChange.AttachPolicy(PrincipalRef.Group("ops"), AdminArn));

        impact.Lines.Should().ContainSingle().Which.Users.Should().Be(1);
    }

    [Fact]
    public async Task PreviewAsync_ReplacePolicyDocument_CountsUsersThroughGroupsAndDirectly()
    {
        var inventory = new EffectiveInventory().Group("ops", [PassRoleArn]).Group("empty")
            .User("alice", ["ops"]).User("bob", ["ops", "empty"]).User("carol", attached: [PassRoleArn]).User("dave", ["empty"]);

        var impact = await PreviewAsync(inventory,
            new PermissionChange.ReplacePolicyDocument(PassRoleArn, ActionRiskAnalyzer.Allow("iam:PassRole", "iam:CreatePolicyVersion")));

        impact.AffectedUsers.Should().Equal("alice", "bob", "carol");
        impact.Lines.Should().ContainSingle().Which.Should().Match<ImpactLine>(l => l.Added && l.Users == 3);
        impact.Difference.Added.Should().ContainSingle().Which.Statements.Single().PolicyName.Should().Be("PassRole", "the policy alone");
        impact.Summary.Should().Be("Adds privilege escalation through iam:CreatePolicyVersion, confirmed, for 3 users.");
    }

    [Fact]
    public async Task PreviewAsync_RemoveFromGroup_RemovesTheRisk()
    {
        var inventory = new EffectiveInventory().Group("admins", [AdminArn]).User("alice", ["admins"]).User("bob", ["admins"]);

        var impact = await PreviewAsync(inventory, new PermissionChange.RemoveFromGroup("alice", "admins"));

        impact.Lines.Should().ContainSingle().Which.Should().Match<ImpactLine>(l => !l.Added && l.Users == 1 && l.Finding.Key == "admin");
        impact.Difference.Removed.Should().ContainSingle(f => f.Key == "admin");
        impact.AddsRisk.Should().BeFalse();
        impact.Summary.Should().Be("Removes administrator-equivalent access, confirmed, for 1 user.");
    }

    [Fact]
    public async Task PreviewAsync_AddToSecondGroup_CompletesTheSplitEscalation()
    {
        var inventory = new EffectiveInventory().Group("deployers", [PassRoleArn]).Group("runners", [RunInstancesArn])
            .User("bob", ["deployers"]).User("erin", ["runners"]);

        var impact = await PreviewAsync(inventory, new PermissionChange.AddToGroup("bob", "runners"));

        impact.AffectedUsers.Should().Equal("bob");
        impact.Lines.Should().ContainSingle().Which.Finding.Key.Should().Be("escalation:iam:PassRole+ec2:RunInstances");
        impact.Difference.Added.Should().ContainSingle("the user's own set gains it");
    }

    [Fact]
    public async Task PreviewAsync_NothingRiskyChanges_SaysNoChangeInRisk()
    {
        var inventory = new EffectiveInventory().Group("ops").User("alice", ["ops"]);

        var impact = await PreviewAsync(inventory, new PermissionChange.AttachPolicy(PrincipalRef.Group("ops"), RunInstancesArn));

        impact.Lines.Should().BeEmpty();
        impact.Difference.IsEmpty.Should().BeTrue();
        impact.AffectedUsers.Should().Equal("alice");
        impact.Summary.Should().Be("No change in risk.");
    }

    [Fact]
    public async Task PreviewAsync_GroupWithoutMembers_ReportsTheGroupsOwnDifference()
    {
        var inventory = new EffectiveInventory().Group("ops").User("alice");

        var impact = await PreviewAsync(inventory, new PermissionChange.AttachPolicy(PrincipalRef.Group("ops"), AdminArn));

        impact.Lines.Should().BeEmpty();
        impact.Difference.Added.Should().ContainSingle(f => f.Key == "admin");
        impact.Summary.Should().Be("Adds administrator-equivalent access, confirmed, in group ops; no user's effective risk changes.");
    }

    [Fact]
    public async Task PreviewAsync_InlinePolicyOnUserThenDeleted_AddsThenRemoves()
    {
        var versions = new IamInlinePolicy("versions", ActionRiskAnalyzer.Allow("iam:CreatePolicyVersion"));
        var inventory = new EffectiveInventory().User("alice").User("bob", inline: versions);

        var put = await PreviewAsync(inventory, new PermissionChange.PutInlinePolicy(PrincipalRef.User("alice"), "versions", versions.Document));
        var delete = await PreviewAsync(inventory, new PermissionChange.PutInlinePolicy(PrincipalRef.User("bob"), "versions", null));

        put.Lines.Should().ContainSingle().Which.Should().Match<ImpactLine>(l => l.Added && l.Users == 1);
        delete.Lines.Should().ContainSingle().Which.Should().Match<ImpactLine>(l => !l.Added && l.Users == 1);
    }

    [Fact]
    public async Task PreviewAsync_AttachAwsPolicyNobodyHas_ReadsItsDocumentFromIam()
    {
        var inventory = new EffectiveInventory().Without(AdminArn).Group("ops").User("alice", ["ops"]);
        _iam.GetPolicyAsync(AdminArn, Arg.Any<CancellationToken>()).Returns(Policy(AdminArn, "{}").Policy);
        _iam.GetPolicyVersionAsync(AdminArn, "v1", Arg.Any<CancellationToken>()).Returns(new IamPolicyVersion("v1", true, Sample.Now, ActionRiskAnalyzer.Allow("*")));

        var impact = await PreviewAsync(inventory, new PermissionChange.AttachPolicy(PrincipalRef.Group("ops"), AdminArn));

        impact.Lines.Should().ContainSingle().Which.Finding.Statements.Single().PolicyName.Should().Be("AdministratorAccess (group ops)");
    }

    [Fact]
    public async Task PreviewAsync_ManyUsersWithTheSameSets_AnalysesEachDistinctSetOnce()
    {
        var inventory = new EffectiveInventory().Group("ops");
        for (var i = 0; i < 100; i++) inventory.User($"u{i:D3}", ["ops"]);

        var impact = await PreviewAsync(inventory, new PermissionChange.AttachPolicy(PrincipalRef.Group("ops"), VersionsArn));

        impact.Lines.Single().Users.Should().Be(100);
        _analyzer.Analyses.Should().Be(2, "the users' set after (their set before is empty), and the group's own set after");
    }

    [Fact]
    public async Task PreviewAsync_TwoChanges_LinesAndSentenceNameTheMostSevere()
    {
        var inventory = new EffectiveInventory().Group("ops").User("alice", ["ops"]).User("bob", ["ops"]);

        var impact = await PreviewAsync(inventory,
            new PermissionChange.AttachPolicy(PrincipalRef.Group("ops"), VersionsArn), new PermissionChange.AttachPolicy(PrincipalRef.User("alice"), AdminArn));

        impact.Lines.Select(l => (l.Finding.Key, l.Users)).Should().Equal(("admin", 1), ("escalation:iam:CreatePolicyVersion", 2));
        impact.Summary.Should().Be("Adds administrator-equivalent access, confirmed, for 1 user, and 1 more risk.");
    }
}
