using Microsoft.Playwright;

namespace IamPortal.E2E.Infrastructure;

/// <summary>Debian's Chromium driven by Playwright (never `playwright install`), plus one running portal per test class.</summary>
public class PortalBrowserFixture : IAsyncLifetime
{
    /// <summary>Settings (environment variables) of this fixture's portal beyond <see cref="PortalProcess"/>'s defaults.</summary>
    protected virtual IDictionary<string, string>? Settings => null;

    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;
    public PortalProcess Portal { get; private set; } = null!;

    public static string ChromiumPath =>
        Environment.GetEnvironmentVariable("IAMPORTAL_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        var portal = PortalProcess.StartAsync(Settings);
        // A loaded CI machine (2 cores running builds and a portal) can take seconds for a round trip.
        Assertions.SetDefaultExpectTimeout(20_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await LaunchChromiumAsync(_playwright);
        Portal = await portal;
    }

    /// <summary>Debian's Chromium, headless, without background traffic.</summary>
    public static Task<IBrowser> LaunchChromiumAsync(IPlaywright playwright) =>
        playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

    /// <summary>A page in a fresh browser context on this fixture's portal; 1400x900 unless <paramref name="viewport"/> says otherwise.</summary>
    public async Task<IPage> NewPageAsync(ViewportSize? viewport = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseUrl.ToString(),
            ViewportSize = viewport ?? new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(20_000);
        return await context.NewPageAsync();
    }

    public virtual async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Portal is not null) await Portal.DisposeAsync();
    }
}
