using System.Diagnostics;
using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;

namespace IamPortal.Benchmarks;

/// <summary>Opens the users list of an N-user demo account in Chromium and times it until the first rows show.</summary>
public static class BrowserBenchmark
{
    public static async Task<string> RunAsync(int users)
    {
        var startWatch = Stopwatch.StartNew();
        await using var portal = await PortalProcess.StartAsync(
            new Dictionary<string, string> { ["Sandbox__SeedUsers"] = users.ToString() }, TimeSpan.FromMinutes(5));
        var startMs = startWatch.Elapsed.TotalMilliseconds;

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BenchmarkBrowser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = portal.BaseUrl.ToString() });
        page.SetDefaultTimeout(120_000);

        var cold = await OpenUsersAsync(page);
        var warm = new List<Timings>();
        for (var i = 0; i < 5; i++) warm.Add(await OpenUsersAsync(page));
        warm.Sort((a, b) => a.Rows.CompareTo(b.Rows));
        return $"{users} users: portal start (seed + host) {startMs / 1000:F1} s; users list, first open right after start: {cold}; " +
               $"then median {warm[warm.Count / 2]}, worst {warm[^1].Rows:F0} ms";
    }

    /// <summary>Milliseconds from navigation to the server's page, to the interactive circuit, to the first rows.</summary>
    private sealed record Timings(double Page, double Interactive, double Rows)
    {
        public override string ToString() => $"{Rows:F0} ms to rows (page {Page:F0} ms, interactive {Interactive:F0} ms)";
    }

    private static async Task<Timings> OpenUsersAsync(IPage page)
    {
        var watch = Stopwatch.StartNew();
        await page.GotoAsync("users", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        var served = watch.Elapsed.TotalMilliseconds;
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var interactive = watch.Elapsed.TotalMilliseconds;
        await page.Locator("table tbody tr a[href*='users/']").First.WaitForAsync();
        return new Timings(served, interactive, watch.Elapsed.TotalMilliseconds);
    }
}
