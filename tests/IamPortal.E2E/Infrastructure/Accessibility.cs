using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace IamPortal.E2E.Infrastructure;

public static class Accessibility
{
    /// <summary>Runs axe on the page and fails on any serious or critical violation, naming rule and nodes.</summary>
    public static async Task AssertNoSeriousViolationsAsync(IPage page)
    {
        AxeResult result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        var report = string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => string.Join(",", n.Target?.ToString() ?? "")))}"));
        serious.Should().BeEmpty(report);
    }
}
