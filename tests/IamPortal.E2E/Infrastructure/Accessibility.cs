using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IamPortal.E2E.Infrastructure;

public static class Accessibility
{
    // Fading snackbars and dialogs blend their colours with the page: axe then measures a contrast nobody sees at rest.
    private const string NoFiniteAnimationRunning =
        "() => document.getAnimations().every(a => a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity)";

    /// <summary>
    /// Runs axe on the page at rest and fails on any serious or critical violation, naming rule, nodes and axe's reason.
    /// A run that overlapped a transition (a snackbar starting to fade out) is repeated once the page is at rest again.
    /// </summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        List<AxeResultItem> serious = [];
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await WaitForRestAsync(page);
            AxeResult result = await page.RunAxe();
            serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
            if (serious.Count == 0 || !await HasTransientElementsAsync(page)) break;
            await page.WaitForTimeoutAsync(700);
        }
        var report = string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => $"{n.Target} ({string.Join("; ", n.Any.Concat(n.All).Concat(n.None).Select(c => c.Message))})"))}"));
        serious.Should().BeEmpty(report);
    }

    private static async Task WaitForRestAsync(IPage page)
    {
        try { await page.WaitForFunctionAsync(NoFiniteAnimationRunning, null, new() { Timeout = 5000 }); }
        catch (TimeoutException) { /* a page that never rests is still checked */ }
    }

    private static Task<bool> HasTransientElementsAsync(IPage page) =>
        page.EvaluateAsync<bool>("() => document.querySelector('.mud-snackbar') !== null");
}
