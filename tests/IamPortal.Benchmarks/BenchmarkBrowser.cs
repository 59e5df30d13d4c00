using Microsoft.Playwright;

namespace IamPortal.Benchmarks;

/// <summary>The one headless Chromium the browser benchmarks drive (IAMPORTAL_CHROMIUM, else /usr/bin/chromium).</summary>
public static class BenchmarkBrowser
{
    public static Task<IBrowser> LaunchAsync(IPlaywright playwright) => playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
    {
        ExecutablePath = Environment.GetEnvironmentVariable("IAMPORTAL_CHROMIUM") ?? "/usr/bin/chromium",
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
}
