using Bunit;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Web.Components.Risk;

namespace IamPortal.Web.Tests.Components.Risk;

public sealed class RiskFindingsListTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = PortalTestContext.Create();

    [Fact]
    public void Render_NoFindings_SaysNoRiskyPermissions()
    {
        var list = _ctx.Render<RiskFindingsList>(p => p.Add(x => x.Report, RiskReport.Empty));

        list.Find("[data-testid=risk-findings-empty]").TextContent.Should().Contain("No risky permissions found");
        list.FindAll("[data-testid=risk-finding]").Should().BeEmpty();
    }

    [Fact]
    public void Render_Findings_MostSevereFirstWithCertaintyActionsAndStatements()
    {
        var report = new RiskReport([RiskFixtures.ReadAll(), RiskFixtures.Escalation(), RiskFixtures.Admin()]);

        var list = _ctx.Render<RiskFindingsList>(p => p.Add(x => x.Report, report).Add(x => x.Label, "Risk of user alice"));

        list.Find("[data-testid=risk-findings]").GetAttribute("aria-label").Should().Be("Risk of user alice");
        var items = list.FindAll("[data-testid=risk-finding]");
        items.Select(i => i.GetAttribute("data-key")).Should().Equal("admin", "escalation:iam:CreatePolicyVersion", "exfil:s3");
        var escalation = items[1];
        escalation.QuerySelector("[data-testid=risk-finding-title]")!.TextContent.Should().Be("Privilege escalation through iam:CreatePolicyVersion");
        escalation.QuerySelector("[data-testid=risk-finding-certainty]")!.TextContent.Trim().Should().Be("Confirmed");
        escalation.QuerySelector("[data-testid=risk-finding-explanation]")!.TextContent.Should().Contain("more permissions");
        escalation.QuerySelector("[data-testid=risk-finding-actions]")!.TextContent.Should().Contain("iam:CreatePolicyVersion");
        escalation.QuerySelector("[data-testid=risk-finding-statements]")!.TextContent.Should().Contain("deploy, statement 2 (Versions)");
        items[2].QuerySelector("[data-testid=risk-finding-certainty]")!.TextContent.Trim().Should().Be("Potential");
        items[2].QuerySelector("[data-testid=risk-finding-statements]").Should().BeNull();
    }

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _ctx.DisposeAsync();
}
