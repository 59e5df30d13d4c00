using System.Diagnostics;
using Microsoft.Playwright;

namespace IamPortal.Benchmarks;

/// <summary>One timed interaction: its name and milliseconds, or NaN when the expected change never came.</summary>
public sealed record InteractionSample(string Name, double Ms)
{
    public bool Failed => double.IsNaN(Ms);
}

/// <summary>One operator of the load run: a browser context of its own (so a circuit of its own) in the shared Chromium.</summary>
public sealed class LoadOperator(IBrowserContext context, IPage page) : IAsyncDisposable
{
    /// <summary>Whether an interaction failed, which ended the run.</summary>
    public bool Stalled { get; private set; }

    public const string FirstOpen = "open users list (new circuit)";
    // Never "er" or "ar": search covers ARNs, and every user's ARN has "arn:" and ":user/". Not "ro" either: in the
    // seeded account a single-letter name filter can leave its 487 matches unchanged, so "apply filter" saw no change.
    private static readonly string[] SearchTerms = ["an", "in", "ma", "li", "el", "on", "ne"];
    private static readonly string[] FilterTerms = ["a", "e", "o", "n", "r", "s", "t", "l"];

    /// <summary>Opens a new context on the users list; the sample is the time from navigation to the first rows.</summary>
    public static async Task<(LoadOperator Operator, InteractionSample FirstOpen)> OpenAsync(IBrowser browser, Uri baseUrl)
    {
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(), ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
        });
        await context.AddInitScriptAsync(LoadInteractions.Helper);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        var watch = Stopwatch.StartNew();
        await page.GotoAsync("users", new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await page.Locator("[data-interactive=true]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.Locator("tbody tr.mud-table-row a[href^='/users/']").First.WaitForAsync();
        return (new LoadOperator(context, page), new InteractionSample(FirstOpen, watch.Elapsed.TotalMilliseconds));
    }

    /// <summary>
    /// Rounds of: search, open the filter menu, apply a filter, sort, open the first user, back to the list (from the
    /// second round on), each after a think time of <paramref name="thinkMs"/> ±50 %. The first interaction that sees no
    /// change in time ends this operator's run: its page is then in no known state.
    /// </summary>
    public async Task<IReadOnlyList<InteractionSample>> RunAsync(int rounds, int thinkMs, Random random)
    {
        var samples = new List<InteractionSample>();
        async Task Step(string name, string script, object? arg = null)
        {
            if (Stalled) return;
            await Task.Delay((int)(thinkMs * (0.5 + random.NextDouble())));
            samples.Add(await MeasureAsync(name, script, arg));
            Stalled = samples[^1].Failed;
        }
        for (var round = 0; round < rounds; round++)
        {
            if (round > 0 && new Uri(page.Url).AbsolutePath != "/users") await Step("open users list", LoadInteractions.OpenList);
            await Step("search (incl. 300 ms debounce)", LoadInteractions.Search, SearchTerms[random.Next(SearchTerms.Length)]);
            await Step("open filter menu", LoadInteractions.OpenFilterMenu);
            await Step("apply filter", LoadInteractions.ApplyFilter, FilterTerms[random.Next(FilterTerms.Length)]);
            await Step("sort", LoadInteractions.Sort);
            await Step("open user page", LoadInteractions.OpenUser);
        }
        return samples;
    }

    private async Task<InteractionSample> MeasureAsync(string name, string script, object? arg)
    {
        try
        {
            return new InteractionSample(name, await page.EvaluateAsync<double>(script, arg));
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException)
        {
            Console.Error.WriteLine($"  {name} failed: {e.Message.Split('\n')[0]}");
            return new InteractionSample(name, double.NaN);
        }
    }

    public async ValueTask DisposeAsync() => await context.CloseAsync();
}
