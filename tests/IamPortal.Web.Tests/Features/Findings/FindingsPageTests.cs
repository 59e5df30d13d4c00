using Bunit;
using IamPortal.Web.Features.Findings;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace IamPortal.Web.Tests.Features.Findings;

public sealed class FindingsPageTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private const string MfaCheck = "iam_user_mfa_enabled_console_access";

    private static IRenderedComponent<FindingsPage> Render(BunitContext ctx)
    {
        var page = ctx.Render<FindingsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='findings-checks']"), Wait);
        return page;
    }

    [Fact]
    public async Task Render_ShowsCountsAndFailingCheckWithFixLink()
    {
        await using var ctx = PortalTestContext.Create();
        var page = Render(ctx);
        page.Find("[data-testid='findings-card-high']").TextContent.Should().Contain("1");
        var check = page.Find($"[data-testid='check-{MfaCheck}']");
        check.QuerySelector("[data-testid='check-status']")!.TextContent.Should().Be("FAIL");
        page.Find("[data-testid='findings-freshness']").TextContent.Should().Contain("credential report generated");
    }

    [Fact]
    public async Task Filter_ByStatusPass_HidesFailingChecks()
    {
        await using var ctx = PortalTestContext.Create();
        var page = Render(ctx);
        page.FindAll($"[data-testid='check-{MfaCheck}']").Should().HaveCount(1);
        await page.InvokeAsync(() => page.FindComponent<FindingsFilterBar>().Instance.FilterChanged.InvokeAsync(new FindingsFilter(Status: Application.Findings.FindingStatus.Pass)));
        page.WaitForAssertion(() => page.FindAll($"[data-testid='check-{MfaCheck}']").Should().BeEmpty(), Wait);
        page.FindAll("[data-testid^='check-iam_password_policy']").Should().NotBeEmpty();
    }

    [Fact]
    public async Task AcceptRisk_SomeoneAcceptedItMeanwhile_RefusalShowsAtTheExpiryField()
    {
        await using var ctx = PortalTestContext.Create();
        var provider = ctx.Render<MudDialogProvider>();
        var page = Render(ctx);
        page.Find($"[data-testid='check-{MfaCheck}'] .mud-expand-panel-header").Click();
        page.WaitForAssertion(() => page.Find("[data-testid='accept-risk']").Click(), Wait);
        var store = ctx.Services.GetRequiredService<FakeRiskAcceptanceService>();
        (await store.AcceptAsync(new(MfaCheck, "AIDAALICE", "alice", "Other lead", "Accepted in another tab meanwhile.", DateOnly.FromDateTime(Fakes.TestData.Now.UtcDateTime).AddDays(9))))
            .Succeeded.Should().BeTrue();

        provider.WaitForAssertion(() => provider.Find("#accept-risk-owner").Change("Team lead"), Wait);
        provider.Find("#accept-risk-justification").Change("Break-glass account, MFA kept in the safe.");
        provider.Find("#accept-risk-expires").Change(TestDataNowPlus(30));
        provider.Find("#accept-risk-submit").Click();

        provider.WaitForAssertion(() => provider.Markup.Should().Contain("Already accepted until").And.Contain("owner Other lead"), Wait);
        store.Items.Should().ContainSingle();
    }

    [Fact]
    public async Task AcceptRisk_BadInputShowsFieldErrors_ThenAcceptedCountsAsAccepted()
    {
        await using var ctx = PortalTestContext.Create();
        var provider = ctx.Render<MudDialogProvider>();
        var page = Render(ctx);
        page.Find($"[data-testid='check-{MfaCheck}'] .mud-expand-panel-header").Click();
        page.WaitForAssertion(() => page.Find("[data-testid='accept-risk']").Click(), Wait);
        provider.WaitForAssertion(() => provider.Find("#accept-risk-submit").Click(), Wait);
        provider.WaitForAssertion(() => provider.Markup.Should().Contain("Name the person who owns this risk"), Wait);
        provider.Markup.Should().Contain("Choose when the acceptance expires");

        var dialog = provider.FindComponent<AcceptRiskDialog>();
        provider.Find("#accept-risk-owner").Change("Team lead");
        provider.Find("#accept-risk-justification").Change("Break-glass account, MFA kept in the safe.");
        provider.Find("#accept-risk-expires").Change(TestDataNowPlus(30));
        provider.Find("#accept-risk-submit").Click();

        var store = ctx.Services.GetRequiredService<FakeRiskAcceptanceService>();
        page.WaitForAssertion(() => store.Items.Should().ContainSingle(a => a.ResourceName == "alice" && a.Owner == "Team lead"), Wait);
        page.WaitForAssertion(() => page.Find("[data-testid='findings-card-accepted']").TextContent.Should().Contain("1"), Wait);
        page.Find($"[data-testid='check-{MfaCheck}'] [data-testid='check-status']").TextContent.Should().Be("ACCEPTED");
        dialog.Should().NotBeNull();
    }

    [Fact]
    public async Task Render_ReadFails_ShowsErrorInPlace()
    {
        await using var ctx = PortalTestContext.Create();
        ctx.Services.GetRequiredService<FakeFindingsService>().Fail = true;
        var page = ctx.Render<FindingsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='findings-error']").TextContent.Should().Contain("could not be evaluated"), Wait);
    }

    [Fact]
    public async Task Acceptances_ListFlagsSoonToExpireAndRevokes()
    {
        await using var ctx = PortalTestContext.Create();
        var provider = ctx.Render<MudDialogProvider>();
        var store = ctx.Services.GetRequiredService<FakeRiskAcceptanceService>();
        await store.AcceptAsync(new(MfaCheck, "AIDAALICE", "alice", "Lead", "Known risk, tracked.", DateOnly.FromDateTime(Fakes.TestData.Now.UtcDateTime).AddDays(3)));
        await store.AcceptAsync(new(MfaCheck, "AIDABOB", "bob", "Lead", "Known risk, tracked.", DateOnly.FromDateTime(Fakes.TestData.Now.UtcDateTime).AddDays(200)));
        var page = ctx.Render<AcceptancesPage>();
        page.WaitForAssertion(() => page.FindAll("[data-testid='acceptance-row']").Should().HaveCount(2), Wait);
        page.FindAll("[data-testid='acceptance-row']").Select(r => r.GetAttribute("data-expires-soon")).Should().BeEquivalentTo("true", "false");

        page.FindAll("[data-testid='revoke-acceptance']")[0].Click();
        provider.WaitForAssertion(() => provider.FindAll("button").Single(b => b.TextContent.Trim() == "Revoke").Click(), Wait);
        page.WaitForAssertion(() => page.FindAll("[data-testid='acceptance-row']").Should().HaveCount(1), Wait);
        store.Items.Count(a => a.RevokedAt is not null).Should().Be(1);
    }

    [Fact]
    public async Task Panel_ForUser_ListsItsFailingChecks()
    {
        await using var ctx = PortalTestContext.Create();
        var panel = ctx.Render<FindingsPanel>(p => p.Add(x => x.UserName, "alice"));
        panel.WaitForAssertion(() => panel.FindAll("[data-testid='findings-panel-item']").Should().Contain(i => i.TextContent.Contains(MfaCheck)), Wait);
        var clean = ctx.Render<FindingsPanel>(p => p.Add(x => x.UserName, "bob"));
        clean.WaitForAssertion(() => clean.Find("[data-testid='findings-panel-clean']"), Wait);
    }

    private static string TestDataNowPlus(int days) => Fakes.TestData.Now.UtcDateTime.Date.AddDays(days).ToString("yyyy-MM-dd");
}
