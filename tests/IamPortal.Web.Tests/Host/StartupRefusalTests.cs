using IamPortal.Web.Components;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IamPortal.Web.Tests.Host;

/// <summary>Outside the Development environment the portal refuses to start without SSO, and says what to configure.</summary>
public sealed class StartupRefusalTests
{
    [Theory]
    [InlineData("Production", "Development", "allowed only in the Development environment")]
    [InlineData("Production", "", "No operator sign-in is configured")]
    [InlineData("Staging", "", "No operator sign-in is configured")]
    [InlineData("Production", "Oidc", "needs Oidc:Authority and Oidc:ClientId")]
    [InlineData("Production", "Saml", "use Oidc, EntraId")]
    public void Start_WithoutSafeSignIn_RefusesNamingTheSetting(string environment, string provider, string reason)
    {
        var dataPath = Path.Combine(Path.GetTempPath(), "iamportal-web-tests", Guid.NewGuid().ToString("N"));
        using var factory = new WebApplicationFactory<App>().WithWebHostBuilder(b => b
            .UseEnvironment(environment)
            .UseSetting("Portal:Mode", "Demo")
            .UseSetting("Portal:DataPath", dataPath)
            .UseSetting("Authentication:Provider", provider));

        var start = () => factory.Services;

        var failure = start.Should().Throw<Exception>().Which;
        var message = failure.ToString();
        message.Should().Contain("Authentication:Provider").And.Contain(reason);
        if (provider != "Saml") message.Should().Contain("Oidc:Authority").And.Contain("AzureAd:TenantId");
    }
}
