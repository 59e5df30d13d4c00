using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IamPortal.E2E.Infrastructure;

public static class Accessibility
{
    // Fading snackbars and dialogs blend their colours with the page: axe then measures a contrast nobody sees at rest.
    private const string NoFiniteAnimationRunning =
        "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)";

    /// <summary>Moderate rules that fail the suite all the same, so they stay fixed: one main landmark, all content in landmarks.</summary>
    private static readonly HashSet<string> AlsoFailing = ["landmark-one-main", "region"];

    /// <summary>
    /// Runs axe on the page at rest and fails on any serious or critical violation (and on <see cref="AlsoFailing"/>),
    /// naming rule, nodes and axe's reason. A run that overlapped a transition (a snackbar starting to fade out) is
    /// repeated once the page is at rest again.
    /// </summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        List<AxeResultItem> failing = [];
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await WaitForRestAsync(page);
            AxeResult result = await page.RunAxe();
            failing = Failing(result);
            if (failing.Count == 0 || !await HasSnackbarAsync(page)) break;
            await page.WaitForTimeoutAsync(700);
        }
        failing.Should().BeEmpty(Report(failing));
    }

    /// <summary>
    /// Runs axe once while a snackbar shows, after its entrance and before it fades: its colours are checked as people
    /// see them (the run at rest above may wait for it to go). Fails if axe's contrast check did not reach the snackbar.
    /// </summary>
    public static async Task AssertNoViolationsWhileSnackbarShowsAsync(IPage page)
    {
        await page.Locator(".mud-snackbar").First.WaitForAsync();
        await WaitForRestAsync(page);
        AxeResult result = await page.RunAxe();

        var failing = Failing(result);
        failing.Should().BeEmpty(Report(failing));
        result.Passes.Where(r => r.Id == "color-contrast").SelectMany(r => r.Nodes)
            .Should().Contain(n => n.Html.Contains("mud-snackbar"), "axe must have measured the visible snackbar's contrast");
    }

    private static List<AxeResultItem> Failing(AxeResult result) =>
        result.Violations.Where(v => v.Impact is "serious" or "critical" || AlsoFailing.Contains(v.Id)).ToList();

    private static string Report(IEnumerable<AxeResultItem> failing) => string.Join("\n", failing.Select(v =>
        $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => $"{n.Target} ({string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))})"))}"));

    private static async Task WaitForRestAsync(IPage page)
    {
        try { await page.WaitForFunctionAsync(NoFiniteAnimationRunning, null, new() { Timeout = 5000 }); }
        catch (TimeoutException) { /* a page that never rests is still checked */ }
    }

    private static Task<bool> HasSnackbarAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.querySelector('.mud-snackbar') !== null");
}
