using Bunit;
using IamPortal.Application.Trends;
using IamPortal.Web.Features.Trends;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using S = IamPortal.Application.Trends.TrendFindingStatus;

namespace IamPortal.Web.Tests.Features.Trends;

public sealed class TrendsPageTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private const string Mfa = "iam_user_mfa_enabled_console_access";

    private static TrendState State(params (string User, S Status)[] findings)
    {
        var list = findings.Select(f => new TrendFinding(Mfa, "user/" + f.User, f.User, "High", f.Status)).ToList();
        var failing = list.Count(f => f.IsOpen);
        return new TrendState(new TrendSummary(list.Count, list.Count, list.Count - failing, list.Count == 0 ? 100 : 100.0 * (list.Count - failing) / list.Count, 1, 2,
            new Dictionary<string, int> { ["High"] = failing }, new Dictionary<string, int> { [Mfa] = failing }), list);
    }

    private static (BunitContext, IRenderedComponent<TrendsPage>) Render(FakeTrendService fake)
    {
        var ctx = PortalTestContext.Create(configure: s =>
        {
            s.AddSingleton<ITrendService>(fake);
            s.AddSingleton(Options.Create(new TrendOptions()));
        });
        return (ctx, ctx.Render<TrendsPage>());
    }

    [Fact]
    public async Task Render_NoSnapshots_EmptyStateAndTakeSnapshotShowsIt()
    {
        var fake = new FakeTrendService { Next = () => State(("amy", S.Fail)) };
        var (ctx, page) = Render(fake);
        await using var _ = ctx;

        page.WaitForAssertion(() => page.Find("[data-testid='trends-empty']").TextContent.Should().Contain("No snapshots yet"), Wait);
        page.Find("[data-testid='take-snapshot']").Click();

        page.WaitForAssertion(() => page.FindAll("[data-testid='snapshot-row']").Should().ContainSingle(), Wait);
        page.Find("[data-testid='trends-message']").TextContent.Should().Contain("Snapshot taken: SHA-256");
    }

    [Fact]
    public async Task Remediation_FixedWithinSeconds_ShownInWholeSeconds()
    {
        var fake = new FakeTrendService();
        fake.Add(DateTimeOffset.UnixEpoch, State(("amy", S.Fail)));
        fake.Add(DateTimeOffset.UnixEpoch.AddMilliseconds(5265), State(("amy", S.Pass)));
        var (ctx, page) = Render(fake);
        await using var _ = ctx;

        page.WaitForAssertion(() => page.Find("[data-testid='remediation-table']").TextContent.Should().Contain("5 seconds").And.NotContain("millisecond"), Wait);
    }

    [Fact]
    public async Task TakeSnapshot_TwiceInARow_BothListedAndThePageKeepsRendering()
    {
        var fake = new FakeTrendService { Next = () => State(("amy", S.Fail)) };
        var (ctx, page) = Render(fake);
        await using var _ = ctx;

        page.WaitForAssertion(() => page.Find("[data-testid='take-snapshot']").Click(), Wait);
        page.WaitForAssertion(() => page.FindAll("[data-testid='snapshot-row']").Should().ContainSingle(), Wait);
        page.Find("[data-testid='take-snapshot']").Click();

        page.WaitForAssertion(() => page.FindAll("[data-testid='snapshot-row']").Should().HaveCount(2), Wait);
        page.Find("[data-testid='compare']").Click();
        page.WaitForAssertion(() => page.Find("[data-testid='compare-counts']").Should().NotBeNull(), Wait);
    }

    [Fact]
    public async Task Compare_KeyFixedBetweenSnapshots_ShowsResolvedPerUser()
    {
        var fake = new FakeTrendService();
        fake.Add(DateTimeOffset.UnixEpoch, State(("amy", S.Fail), ("bob", S.Pass)));
        fake.Add(DateTimeOffset.UnixEpoch.AddDays(3), State(("amy", S.Pass), ("bob", S.Fail)));
        var (ctx, page) = Render(fake);
        await using var _ = ctx;

        page.WaitForAssertion(() => page.Find("[data-testid='compare']").Click(), Wait);

        page.WaitForAssertion(() => page.Find("[data-testid='count-Resolved']").TextContent.Should().Contain("Resolved: 1"), Wait);
        page.Find("[data-testid='count-Regressed']").TextContent.Should().Contain("Regressed: 1");
        page.Find("[data-testid='compare-per-user']").TextContent.Should().Contain("amy").And.Contain("bob");
        page.Find("[data-testid='remediation-table']").TextContent.Should().Contain(Mfa).And.Contain("3 days");
        page.FindAll("[data-testid='snapshot-sha256']").Should().HaveCount(2);
    }

    [Fact]
    public async Task DownloadJson_ShowsBothHashes()
    {
        var fake = new FakeTrendService();
        var info = fake.Add(DateTimeOffset.UnixEpoch, State(("amy", S.Fail)));
        var (ctx, page) = Render(fake);
        await using var _ = ctx;

        page.WaitForAssertion(() => page.Find("button[aria-label^='Download JSON attestation']").Click(), Wait);

        page.WaitForAssertion(() => page.Find("[data-testid='attestation-message']").TextContent.Should().Contain(info.Sha256).And.Contain("f11e"), Wait);
        fake.Exports.Should().ContainSingle().Which.Should().Be((info.Id, AttestationFormat.Json));
    }

    [Fact]
    public async Task Render_ListFails_ErrorInItsSection()
    {
        var (ctx, page) = Render(new FakeTrendService { FailList = true });
        await using var _ = ctx;

        page.WaitForAssertion(() => page.Find("[data-testid='trends-error']").TextContent.Should().Contain("could not be read"), Wait);
    }
}
