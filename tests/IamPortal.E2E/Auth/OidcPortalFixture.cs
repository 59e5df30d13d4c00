using IamPortal.E2E.Infrastructure;
using IamPortal.E2E.Oidc;
using Microsoft.Playwright;

namespace IamPortal.E2E.Auth;

/// <summary>
/// The real OpenID Connect test provider, then the real portal process signing operators in through it
/// (<c>Authentication:Provider=Oidc</c>, role mappings as environment variables), and Debian's Chromium.
/// </summary>
public sealed class OidcPortalFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    public TestOidcProvider Provider { get; private set; } = null!;
    public PortalProcess Portal { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var port = PortalProcess.FreePort();
        Provider = await TestOidcProvider.StartAsync(new Uri($"http://127.0.0.1:{port}/"));
        var portal = PortalProcess.StartAsync(new Dictionary<string, string>
        {
            ["Authentication__Provider"] = "Oidc",
            ["Oidc__Authority"] = Provider.Authority.AbsoluteUri,
            ["Oidc__ClientId"] = TestOidcProvider.ClientId,
            ["Oidc__ClientSecret"] = TestOidcProvider.ClientSecret,
            ["Oidc__RequireHttpsMetadata"] = "false",
            ["Authorization__RoleClaimTypes__0"] = "groups",
            ["Authorization__RoleMappings__SecurityAdmin__0"] = "iam-portal-admins",
            ["Authorization__RoleMappings__TeamLead__0"] = "iam-portal-teamleads",
            ["Authorization__RoleMappings__Auditor__0"] = "iam-portal-auditors",
            ["Authorization__AccessRequestContact"] = "the IAM platform team",
        }, port: port);
        _playwright = await Playwright.CreateAsync();
        Browser = await PortalBrowserFixture.LaunchChromiumAsync(_playwright);
        Portal = await portal;
        Assertions.SetDefaultExpectTimeout(30_000);

        // The first challenge fetches the provider's discovery document and keys: do it before the timed browser steps.
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = Portal.BaseUrl, Timeout = TimeSpan.FromSeconds(90) };
        (await http.GetAsync("users")).StatusCode.Should().Be(System.Net.HttpStatusCode.Redirect);
    }

    /// <summary>A fresh browser context (no cookies) whose console is watched for Content Security Policy violations.</summary>
    public async Task<(IPage Page, List<string> CspViolations)> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Portal.BaseUrl.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(45_000);
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase)) lock (violations) violations.Add(message.Text);
        };
        return (page, violations);
    }

    /// <summary>Opens <paramref name="path"/> anonymously, signs in on the provider's login page, and waits to be back in the portal.</summary>
    public async Task SignInAsync(IPage page, string path, string userName)
    {
        var user = TestOidcProvider.Users.Single(u => u.UserName == userName);
        await page.GotoAsync(path);
        await page.WaitForURLAsync(url => url.StartsWith(Provider.Authority.AbsoluteUri, StringComparison.Ordinal));
        await page.GetByLabel("Username").FillAsync(user.UserName);
        await page.GetByLabel("Password").FillAsync(user.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => url.StartsWith(Portal.BaseUrl.AbsoluteUri, StringComparison.Ordinal));
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        _playwright?.Dispose();
        if (Portal is not null) await Portal.DisposeAsync();
        if (Provider is not null) await Provider.DisposeAsync();
    }
}
