using System.Text.RegularExpressions;
using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;

namespace IamPortal.E2E.Auth;

/// <summary>The demo's Development provider as a person meets it: the persona picker first, one click to Security admin.</summary>
public sealed class PersonaPickerTests(PickerPortalFixture fixture) : IClassFixture<PickerPortalFixture>
{
    [Fact]
    public async Task Users_Anonymous_PickerThenOneClickOpensTheDemoAsSecurityAdmin()
    {
        var page = await fixture.NewPageAsync();
        page.Context.SetDefaultTimeout(45_000);
        var csp = new List<string>();
        page.Console += (_, m) => { if (m.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) csp.Add(m.Text); };
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "auth-persona", async () =>
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
            await Assertions.Expect(page.Locator("table a[href^='users/']").First).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "auth-persona-admin-users");
        });
        csp.Should().BeEmpty();
    }

}

/// <summary>A demo portal that shows the persona picker (no automatic sign-in).</summary>
public sealed class PickerPortalFixture : PortalBrowserFixture
{
    protected override IDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["Authentication__Development__AutoSignIn"] = "" };
}
