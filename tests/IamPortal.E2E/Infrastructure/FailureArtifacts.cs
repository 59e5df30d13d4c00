using Microsoft.Playwright;

namespace IamPortal.E2E.Infrastructure;

public static class FailureArtifacts
{
    /// <summary>
    /// Runs a browser test's steps. If they fail, this saves a screenshot, the portal's log and (when collected) the
    /// browser console under .test-output as "{name}-failure.png", "{name}-portal.log" and "{name}-console.log", then
    /// rethrows.
    /// </summary>
    public static async Task CaptureAsync(IPage page, PortalProcess portal, string name, Func<Task> steps, List<string>? browserConsole = null)
    {
        try
        {
            await steps();
        }
        catch
        {
            var folder = Path.Combine(RepoPaths.Root, ".test-output");
            Directory.CreateDirectory(folder);
            await Screenshots.SaveAsync(page, name + "-failure");
            await File.WriteAllTextAsync(Path.Combine(folder, name + "-portal.log"), portal.Output);
            if (browserConsole is not null)
                lock (browserConsole) File.WriteAllLines(Path.Combine(folder, name + "-console.log"), browserConsole);
            throw;
        }
    }
}
