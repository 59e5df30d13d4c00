using Microsoft.Playwright;

namespace IamPortal.E2E.Infrastructure;

public static class Screenshots
{
    /// <summary>
    /// Saves what a person would see under .test-output/screenshots for review: the whole page, captured from the top
    /// (a full-page capture of a scrolled window draws the fixed app bar in the middle of the page).
    /// </summary>
    public static async Task SaveAsync(IPage page, string name)
    {
        if (page.IsClosed) return;
        await page.EvaluateAsync("() => window.scrollTo(0, 0)");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(RepoPaths.Root, ".test-output", "screenshots", name + ".png"),
            FullPage = true,
        });
    }
}
