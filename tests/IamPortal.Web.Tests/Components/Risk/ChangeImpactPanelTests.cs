using Bunit;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Web.Components.Risk;

namespace IamPortal.Web.Tests.Components.Risk;

public sealed class ChangeImpactPanelTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = PortalTestContext.Create();

    [Fact]
    public void Render_AddedAndRemovedLines_ShowsSentenceCountsAndUsers()
    {
        var impact = new ChangeImpact(new RiskDifference([RiskFixtures.Escalation()], [RiskFixtures.ReadAll()]),
            [new ImpactLine(RiskFixtures.Escalation(), true, 14), new ImpactLine(RiskFixtures.ReadAll(), false, 1)],
            ["alice", "bob"], "Adds privilege escalation through iam:CreatePolicyVersion, confirmed, for 14 users.");

        var panel = _ctx.Render<ChangeImpactPanel>(p => p.Add(x => x.Impact, impact));

        panel.Find("[data-testid=change-impact]").GetAttribute("aria-label").Should().NotBeNullOrWhiteSpace();
        panel.Find("[data-testid=change-impact]").GetAttribute("data-adds-risk").Should().Be("true");
        panel.Find("[data-testid=change-impact-summary]").TextContent.Should().Contain("for 14 users.");
        panel.Find("[data-testid=impact-added]").TextContent.Should().Contain("Privilege escalation through iam:CreatePolicyVersion, confirmed, for 14 users");
        panel.Find("[data-testid=impact-removed]").TextContent.Should().Contain("Data exfiltration through s3:GetObject, potential, for 1 user");
        panel.Find("[data-testid=impact-users-panel]").TextContent.Should().Contain("2 affected users");
    }

    [Fact]
    public void Render_UsersExpanded_ListsEachAffectedUser()
    {
        var impact = new ChangeImpact(new RiskDifference([RiskFixtures.Admin()], []), [new ImpactLine(RiskFixtures.Admin(), true, 2)],
            ["alice", "bob"], "Adds administrator-equivalent access, confirmed, for 2 users.");
        var panel = _ctx.Render<ChangeImpactPanel>(p => p.Add(x => x.Impact, impact));

        panel.Find("[data-testid=impact-users-panel] .mud-expand-panel-header").Click();

        panel.WaitForAssertion(() => panel.FindAll("[data-testid=impact-users] li").Select(li => li.TextContent).Should().Equal("alice", "bob"));
    }

    [Fact]
    public void Render_NoUsersAffected_ShowsTheChangesOwnDifference()
    {
        var impact = new ChangeImpact(new RiskDifference([RiskFixtures.Admin()], []), [], [], "Adds administrator-equivalent access, confirmed, to the policy; no user has it.");

        var panel = _ctx.Render<ChangeImpactPanel>(p => p.Add(x => x.Impact, impact));

        panel.Find("[data-testid=impact-added]").TextContent.Should().Contain("Administrator-equivalent access, confirmed").And.NotContain("for");
        panel.FindAll("[data-testid=impact-users-panel]").Should().BeEmpty();
    }

    [Fact]
    public void Render_NoChange_SaysSoWithoutLines()
    {
        var impact = new ChangeImpact(new RiskDifference([], []), [], ["alice"], "No change in risk.");

        var panel = _ctx.Render<ChangeImpactPanel>(p => p.Add(x => x.Impact, impact));

        panel.Find("[data-testid=change-impact-summary]").TextContent.Should().Be("No change in risk.");
        panel.Find("[data-testid=change-impact]").GetAttribute("data-adds-risk").Should().Be("false");
        panel.FindAll("[data-testid=impact-added], [data-testid=impact-removed]").Should().BeEmpty();
    }

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _ctx.DisposeAsync();
}
