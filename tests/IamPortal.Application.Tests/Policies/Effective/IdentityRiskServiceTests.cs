using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Effective;
using IamPortal.Application.Tests.Fakes;
using static IamPortal.Application.Tests.Policies.Effective.EffectiveInventory;

namespace IamPortal.Application.Tests.Policies.Effective;

public class IdentityRiskServiceTests
{
    private readonly ActionRiskAnalyzer _analyzer = new();
    private readonly IIamPoliciesApi _iam = Substitute.For<IIamPoliciesApi>();

    private IdentityRiskService Service(EffectiveInventory inventory, EffectiveRiskCache? cache = null) =>
        new(inventory, _analyzer, cache ?? new EffectiveRiskCache(), new PolicyDocumentFetcher(_iam, new FakeOperator(PortalRole.Auditor)));

    private static EffectiveInventory SplitEscalation() => new EffectiveInventory()
        .Group("deployers", [PassRoleArn]).Group("runners", [RunInstancesArn])
        .User("alice", ["deployers", "runners"]).User("bob", ["deployers"]);

    [Fact]
    public async Task ForUserAsync_EscalationSplitAcrossTwoGroups_FoundOnlyWhenBothGroupsAreCounted()
    {
        var service = Service(SplitEscalation());

        var alice = await service.ForUserAsync("alice");
        var bob = await service.ForUserAsync("bob");
        var deployers = await service.ForGroupAsync("deployers");

        alice.Findings.Should().ContainSingle(f => f.Key == "escalation:iam:PassRole+ec2:RunInstances")
            .Which.Statements.Select(s => s.PolicyName).Should().BeEquivalentTo("PassRole (group deployers)", "RunInstances (group runners)");
        bob.Findings.Should().BeEmpty("bob has only one half of the path");
        deployers.Findings.Should().BeEmpty();
    }

    [Fact]
    public async Task ForUserAsync_DirectAndInlinePolicies_AreCountedWithTheGroups()
    {
        var inventory = new EffectiveInventory().Group("ops", [RunInstancesArn])
            .User("carol", ["ops"], [PassRoleArn], new IamInlinePolicy("versions", ActionRiskAnalyzer.Allow("iam:CreatePolicyVersion")));

        var report = await Service(inventory).ForUserAsync("carol");

        report.Findings.Select(f => f.Key).Should().BeEquivalentTo("escalation:iam:PassRole+ec2:RunInstances", "escalation:iam:CreatePolicyVersion");
        report.Findings.Single(f => f.Key == "escalation:iam:CreatePolicyVersion").Statements.Single().PolicyName.Should().Be("inline versions");
        report.Highest.Should().Be(RiskSeverity.High);
    }

    [Fact]
    public async Task ForUserAsync_UnknownUser_NoFindingsAndNoAnalysis()
    {
        var report = await Service(SplitEscalation()).ForUserAsync("nobody");

        report.Findings.Should().BeEmpty();
        _analyzer.Analyses.Should().Be(0);
    }

    [Fact]
    public async Task UserSeveritiesAsync_ManyUsersSharingSets_AnalysesEachDistinctSetOnceAndOncePerSnapshot()
    {
        var inventory = new EffectiveInventory().Group("deployers", [PassRoleArn]).Group("admins", [AdminArn]);
        for (var i = 0; i < 200; i++) inventory.User($"dev{i:D3}", ["deployers"]);
        inventory.User("root-like", ["admins", "deployers"]).User("idle");
        var service = Service(inventory);

        var severities = await service.UserSeveritiesAsync();
        var again = await service.UserSeveritiesAsync();

        severities.Should().HaveCount(202);
        severities["dev042"].Should().Be(RiskSeverity.None);
        severities["ROOT-LIKE"].Should().Be(RiskSeverity.Critical);
        severities["idle"].Should().Be(RiskSeverity.None);
        _analyzer.Analyses.Should().Be(2, "two distinct non-empty sets; the empty set needs no analysis");
        again.Should().BeSameAs(severities);
    }

    [Fact]
    public async Task UserSeveritiesAsync_PatchedSnapshot_ReanalysesOnlyNewSets()
    {
        var inventory = SplitEscalation();
        var cache = new EffectiveRiskCache();
        await Service(inventory, cache).UserSeveritiesAsync();
        var analysed = _analyzer.Analyses;

        inventory.User("dave", ["runners"]);
        var severities = await Service(inventory, cache).UserSeveritiesAsync();

        severities["alice"].Should().Be(RiskSeverity.High);
        severities["dave"].Should().Be(RiskSeverity.None);
        _analyzer.Analyses.Should().Be(analysed + 1, "only dave's set is new");
    }

    [Fact]
    public async Task ForManagedPolicyAsync_NotInSnapshot_ReadsItsDefaultVersionFromIam()
    {
        var inventory = SplitEscalation().Without(AdminArn);
        _iam.GetPolicyAsync(AdminArn, Arg.Any<CancellationToken>()).Returns(Policy(AdminArn, "{}").Policy with { DefaultVersionId = "v7" });
        _iam.GetPolicyVersionAsync(AdminArn, "v7", Arg.Any<CancellationToken>()).Returns(new IamPolicyVersion("v7", true, Sample.Now, ActionRiskAnalyzer.Allow("*")));

        var report = await Service(inventory).ForManagedPolicyAsync(AdminArn);

        report.Findings.Should().ContainSingle(f => f.Key == "admin").Which.Statements.Single().PolicyName.Should().Be("AdministratorAccess");
    }

    [Fact]
    public async Task ForManagedPolicyAsync_InSnapshot_NoIamCall()
    {
        var report = await Service(SplitEscalation()).ForManagedPolicyAsync(VersionsArn);

        report.Highest.Should().Be(RiskSeverity.High);
        _iam.ReceivedCalls().Should().BeEmpty();
    }
}
