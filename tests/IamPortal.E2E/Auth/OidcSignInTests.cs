using System.Text.RegularExpressions;
using IamPortal.E2E.Infrastructure;
using Microsoft.Playwright;

namespace IamPortal.E2E.Auth;

/// <summary>
/// Each portal role signs in through the real OpenID Connect login flow in Chromium and sees exactly what it may,
/// under the portal's Content-Security-Policy (no violation reported in the console).
/// </summary>
public sealed partial class OidcSignInTests(OidcPortalFixture fixture) : IClassFixture<OidcPortalFixture>
{
    [GeneratedRegex("Create access key|Delete|Onboard|New user|Quarantine|Offboard|Deactivate|Reset password|Add to group|Save", RegexOptions.IgnoreCase)]
    private static partial Regex MutationControl();

    [Fact]
    public async Task Users_AnonymousAdmin_SignsInAtTheProviderAndSeesNameAndRole()
    {
        var (page, csp) = await fixture.NewPageAsync();
        await RunAsync(page, "oidc-admin", async () =>
        {
            await fixture.SignInAsync(page, "/users", "admin");

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/users$"));
            await Assertions.Expect(page.GetByTestId("operator-name")).ToHaveTextAsync("Ada Admin");
            await Assertions.Expect(page.GetByTestId("operator-role")).ToHaveTextAsync("SecurityAdmin");
            await Assertions.Expect(page.GetByTestId("operator-provider")).ToHaveTextAsync("Oidc");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Audit log" })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "auth-admin-users");
        });
        csp.Should().BeEmpty();
    }

    [Fact]
    public async Task Auditor_UsersAndAudit_ReadOnlyWithoutMutationControls()
    {
        var (page, csp) = await fixture.NewPageAsync();
        await RunAsync(page, "oidc-auditor", async () =>
        {
            await fixture.SignInAsync(page, "/users", "auditor");
            await Assertions.Expect(page.GetByTestId("operator-role")).ToHaveTextAsync("Auditor");
            var firstUser = page.Locator("table a[href^='users/']").First;
            await Assertions.Expect(firstUser).ToBeVisibleAsync();
            await AssertNoMutationControlsAsync(page);

            await firstUser.ClickAsync();
            await Assertions.Expect(page.GetByTestId("user-summary")).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Tab).First).ToBeVisibleAsync();
            await AssertNoMutationControlsAsync(page);
            await Screenshots.SaveAsync(page, "auth-auditor-user");

            await page.GotoAsync("/audit");
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Audit log" })).ToBeVisibleAsync();
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await page.GetByTestId("audit-verify").ClickAsync();
            await Assertions.Expect(page.GetByTestId("audit-verification")).ToContainTextAsync("Chain intact");
            // The head shown now, checked again as if recorded earlier: still intact (nothing was rewritten).
            var head = (await page.GetByTestId("audit-chain-head").TextContentAsync())!.Trim();
            head.Should().MatchRegex("^[0-9]+:[0-9a-f]{64}$");
            await page.Locator("#audit-anchor").FillAsync(head);
            await page.Locator("#audit-anchor-verify").ClickAsync();
            await Assertions.Expect(page.GetByTestId("audit-verification")).ToContainTextAsync("Chain intact");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "auth-auditor-audit");
        });
        csp.Should().BeEmpty();
    }

    [Fact]
    public async Task TeamLead_AdminPages_ShowAccessDenied()
    {
        var (page, csp) = await fixture.NewPageAsync();
        await RunAsync(page, "oidc-lead", async () =>
        {
            await fixture.SignInAsync(page, "/users", "lead");
            await Assertions.Expect(page.GetByTestId("operator-role")).ToHaveTextAsync("TeamLead");
            await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Audit log" })).ToHaveCountAsync(0);

            foreach (var path in new[] { "/audit", "/settings" })
            {
                await page.GotoAsync(path);
                await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/access-denied"));
                await Assertions.Expect(page.GetByTestId("access-denied")).ToContainTextAsync("Lee Lead");
                await Assertions.Expect(page.GetByTestId("access-denied")).ToContainTextAsync(path);
            }
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "auth-lead-access-denied");
        });
        csp.Should().BeEmpty();
    }

    [Fact]
    public async Task Nobody_SignsIn_SeesNoRolePage()
    {
        var (page, csp) = await fixture.NewPageAsync();
        await RunAsync(page, "oidc-nobody", async () =>
        {
            await fixture.SignInAsync(page, "/users", "nobody");

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/no-role$"));
            var noRole = page.GetByTestId("no-role");
            await Assertions.Expect(noRole).ToContainTextAsync("You are signed in as Norm Nobody");
            await Assertions.Expect(noRole).ToContainTextAsync("Ask the IAM platform team to add you to one of:");
            await Assertions.Expect(noRole).ToContainTextAsync("iam-portal-auditors");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "auth-nobody-no-role");
        });
        csp.Should().BeEmpty();
    }

    [Fact]
    public async Task SignOut_Admin_ReturnsToSignedOutAndUsersNeedsSignInAgain()
    {
        var (page, csp) = await fixture.NewPageAsync();
        await RunAsync(page, "oidc-signout", async () =>
        {
            await fixture.SignInAsync(page, "/users", "admin");
            await Assertions.Expect(page.GetByTestId("operator-name")).ToHaveTextAsync("Ada Admin");

            await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/account/signed-out$"));
            await Assertions.Expect(page.GetByTestId("signed-out")).ToContainTextAsync("You have signed out");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "auth-signed-out");

            await page.GotoAsync("/users");
            await page.WaitForURLAsync(url => url.StartsWith(fixture.Provider.Authority.AbsoluteUri, StringComparison.Ordinal));
            await Assertions.Expect(page.GetByLabel("Username")).ToBeVisibleAsync();
        });
        csp.Should().BeEmpty();
    }

    // Browsers drop the tab (or newline) and read "/<TAB>/evil.example/pwned" as "//evil.example/pwned".
    [Theory]
    [InlineData("%2F%09%2Fevil.example%2Fpwned")]
    [InlineData("%2F%0A%2Fevil.example%2Fpwned")]
    public async Task SignIn_ReturnUrlLeavingThePortal_LandsOnUsers(string returnUrl)
    {
        var (page, csp) = await fixture.NewPageAsync();
        var callbackLocations = new List<string>();
        page.Response += (_, response) =>
        {
            if (response.Url.Contains("/signin-oidc", StringComparison.Ordinal) && response.Headers.TryGetValue("location", out var location))
                lock (callbackLocations) callbackLocations.Add(location);
        };
        await RunAsync(page, "oidc-return-url", async () =>
        {
            await fixture.SignInAsync(page, $"/account/login?returnUrl={returnUrl}", "admin");

            await Assertions.Expect(page).ToHaveURLAsync(new Uri(fixture.Portal.BaseUrl, "users").AbsoluteUri);
            await Assertions.Expect(page.GetByTestId("operator-name")).ToHaveTextAsync("Ada Admin");
            callbackLocations.Should().Equal("/users");
        });
        csp.Should().BeEmpty();
    }

    [Fact]
    public async Task AuditLog_AdminSavesGuardrails_ShowsTheOperatorsIdentity()
    {
        var (page, csp) = await fixture.NewPageAsync();
        await RunAsync(page, "oidc-audit-entry", async () =>
        {
            await fixture.SignInAsync(page, "/settings", "admin");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(page.Locator("#settings-save")).ToBeEnabledAsync();
            await page.Locator("#settings-save").ClickAsync();
            await page.WaitForTimeoutAsync(1000);

            await page.GotoAsync("/audit");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            var operatorCell = page.GetByTestId("audit-operator").Filter(new() { HasText = "Ada Admin" }).First;
            await Assertions.Expect(operatorCell).ToContainTextAsync("admin@iam-portal.test");
            await Assertions.Expect(operatorCell).ToContainTextAsync("Oidc");
            await Assertions.Expect(operatorCell).ToContainTextAsync("SecurityAdmin");

            await page.GetByRole(AriaRole.Button, new() { NameRegex = new Regex("^Details of entry") }).First.ClickAsync();
            await Assertions.Expect(page.GetByTestId("audit-parameters")).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "auth-admin-audit-details");
        });
        csp.Should().BeEmpty();
    }

    private static async Task AssertNoMutationControlsAsync(IPage page)
    {
        // One snapshot of every button's accessible name (the grid re-renders while it loads).
        var names = await page.EvaluateAsync<string[]>(
            "() => [...document.querySelectorAll('button, [role=button]')].map(b => (b.getAttribute('aria-label') || b.innerText || '').trim())");
        names.Where(n => MutationControl().IsMatch(n)).Should().BeEmpty($"an auditor sees no mutation controls (buttons: {string.Join(", ", names)})");
    }

    private async Task RunAsync(IPage page, string name, Func<Task> steps)
    {
        try
        {
            await FailureArtifacts.CaptureAsync(page, fixture.Portal, name, steps);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
