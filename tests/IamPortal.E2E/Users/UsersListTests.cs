using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;

namespace IamPortal.E2E.Users;

/// <summary>The users list in real Chromium against the demo portal: pasted input, the success snackbar, the columns at 1280 px.</summary>
public sealed class UsersListTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    private const string Rows = "tbody tr.mud-table-row";

    [Fact]
    public async Task Search_PasteTenThousandNonAsciiCharacters_CircuitStaysAndFieldSaysTheLimit()
    {
        var page = await OpenUsersAsync(await fixture.NewPageAsync());
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "users-search-paste", async () =>
        {
            var search = page.Locator("#users-search");

            await Paste.IntoAsync(page, search, Paste.TenThousandNonAscii);

            await Assertions.Expect(page.GetByText("Searches use at most 256 characters.")).ToBeVisibleAsync();
            (await search.InputValueAsync()).Length.Should().BeInRange(255, 256);
            await Assertions.Expect(page.GetByTestId("users-empty")).ToBeVisibleAsync(); // the server answered the capped search
            await Paste.AssertCircuitAliveAsync(page);
            await Screenshots.SaveAsync(page, "users-search-paste");

            await search.FillAsync("");
            await Assertions.Expect(page.Locator(Rows).First).ToBeVisibleAsync();
            await Paste.AssertCircuitAliveAsync(page);
        });
    }

    [Fact]
    public async Task Refresh_SuccessSnackbarShowing_AxeFindsNoViolationAtRestOrWhileItShows()
    {
        var page = await OpenUsersAsync(await fixture.NewPageAsync());
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "users-refresh-snackbar", async () =>
        {
            await Accessibility.AssertNoSeriousViolationsAsync(page);

            await page.GetByRole(AriaRole.Button, new() { Name = "Refresh the inventory from IAM" }).ClickAsync();
            await Assertions.Expect(page.GetByText("Inventory refreshed from IAM.")).ToBeVisibleAsync();

            await Accessibility.AssertNoViolationsWhileSnackbarShowsAsync(page);
            await Screenshots.SaveAsync(page, "users-refresh-snackbar");
        });
    }

    [Fact]
    public async Task Columns_At1280x800_DefaultSetFitsAndPickerShowsAHiddenColumnForTheCircuit()
    {
        var page = await OpenUsersAsync(await fixture.NewPageAsync(new ViewportSize { Width = 1280, Height = 800 }));
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "users-columns-1280", async () =>
        {
            var created = page.Locator("th", new() { HasText = "Created" });
            await Assertions.Expect(page.Locator("th", new() { HasText = "MFA" })).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("th", new() { HasText = "Active key age" })).ToBeVisibleAsync();
            await Assertions.Expect(created).ToHaveCountAsync(0);
            (await HorizontalOverflowAsync(page)).Should().Be("", "the default columns fit a 1280-pixel screen");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "users-columns-1280");

            await page.GetByRole(AriaRole.Button, new() { Name = "Choose the columns to show" }).ClickAsync();
            await page.GetByTestId("column-CreateDate").ClickAsync();
            await Assertions.Expect(page.GetByTestId("column-CreateDate")).ToHaveAttributeAsync("aria-checked", "true");
            await Assertions.Expect(created).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "users-columns-picker");
            await page.Keyboard.PressAsync("Escape");

            // The choice lasts for the circuit: open a user and come back.
            await page.Locator($"{Rows} a[href^='users/']").First.ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath != "/users");
            await page.GoBackAsync();
            await page.Locator(Rows).First.WaitForAsync();
            await Assertions.Expect(created).ToBeVisibleAsync();
        });
    }

    private static async Task<IPage> OpenUsersAsync(IPage page)
    {
        await page.GotoAsync("/users");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator(Rows).First.WaitForAsync();
        return page;
    }

    /// <summary>Empty when neither the page nor the grid scrolls sideways; otherwise the widths that overflow.</summary>
    private static Task<string> HorizontalOverflowAsync(IPage page) => page.EvaluateAsync<string>(
        """
        () => {
            const grid = document.querySelector('.mud-table-container');
            const page = document.documentElement;
            const out = [];
            if (grid.scrollWidth > grid.clientWidth + 1) out.push(`grid ${grid.scrollWidth} > ${grid.clientWidth}`);
            if (page.scrollWidth > page.clientWidth + 1) out.push(`page ${page.scrollWidth} > ${page.clientWidth}`);
            return out.join('; ');
        }
        """);
}
