using System.Text.RegularExpressions;
using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;

namespace IamPortal.E2E.Auth;

/// <summary>The demo's Development provider as a person meets it: the persona picker first, one click to Security admin.</summary>
public sealed class PersonaPickerTests : IAsyncLifetime
{
    private PortalProcess _portal = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;

    public async Task InitializeAsync()
    {
        var portal = PortalProcess.StartAsync(new Dictionary<string, string> { ["Authentication__Development__AutoSignIn"] = "" });
        _playwright = await Playwright.CreateAsync();
        _browser = await PortalBrowserFixture.LaunchChromiumAsync(_playwright);
        _portal = await portal;
        Assertions.SetDefaultExpectTimeout(30_000);
    }

    [Fact]
    public async Task Users_Anonymous_PickerThenOneClickOpensTheDemoAsSecurityAdmin()
    {
        var context = await _browser.NewContextAsync(new() { BaseURL = _portal.BaseUrl.ToString(), ViewportSize = new() { Width = 1400, Height = 900 } });
        context.SetDefaultTimeout(45_000);
        var page = await context.NewPageAsync();
        var csp = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) csp.Add(m.Text); };
        try
        {
            await page.GotoAsync("/users");
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/signin\\?returnUrl=%2Fusers$"));
            var admin = page.GetByRole(AriaRole.Button, new() { Name = "Security admin" });
            await Assertions.Expect(admin).ToBeFocusedAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "auth-persona-picker");

            await page.Keyboard.PressAsync("Enter");

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/users$"));
            await Assertions.Expect(page.GetByTestId("operator-name")).ToHaveTextAsync("Dev Admin");
            await Assertions.Expect(page.GetByTestId("operator-role")).ToHaveTextAsync("SecurityAdmin");
            await Assertions.Expect(page.Locator("table a[href^='/users/']").First).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "auth-persona-admin-users");
        }
        catch
        {
            await Screenshots.SaveAsync(page, "auth-persona-failure");
            await File.WriteAllTextAsync(Path.Combine(RepoPaths.Root, ".test-output", "auth-persona-portal.log"), _portal.Output);
            throw;
        }
        csp.Should().BeEmpty();
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _portal.DisposeAsync();
    }
}
