using Microsoft.Playwright;

namespace IamPortal.E2E.Infrastructure;

public static class Screenshots
{
    /// <summary>Saves what a person would see under .test-output/screenshots for review.</summary>
    public static Task SaveAsync(IPage page, string name) =>
        page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(RepoPaths.Root, ".test-output", "screenshots", name + ".png"),
            FullPage = true,
        });
}
