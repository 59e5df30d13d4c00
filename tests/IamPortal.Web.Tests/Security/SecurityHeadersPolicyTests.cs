using IamPortal.Web.Auth;
using IamPortal.Web.Security;
using Microsoft.Extensions.Configuration;

namespace IamPortal.Web.Tests.Security;

public sealed class SecurityHeadersPolicyTests
{
    private static readonly IConfiguration Configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
    {
        ["Oidc:Authority"] = "https://idp.example.com/realms/portal/",
        ["AzureAd:Instance"] = "https://login.microsoftonline.com/",
    }).Build();

    [Theory]
    [InlineData(AuthenticationProvider.Oidc, "form-action 'self' https://idp.example.com;")]
    [InlineData(AuthenticationProvider.EntraId, "form-action 'self' https://login.microsoftonline.com;")]
    [InlineData(AuthenticationProvider.Development, "form-action 'self';")]
    public void For_Provider_AllowsFormPostsToItsAuthorityOnly(AuthenticationProvider provider, string formAction) =>
        SecurityHeaders.For(provider, Configuration).ContentSecurityPolicy.Should().Contain(formAction);
}
