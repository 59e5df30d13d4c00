using IamPortal.Web.Auth;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace IamPortal.Web.Tests.Auth;

public sealed class PortalAuthenticationSettingsTests
{
    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "IamPortal.Web";
        public string ContentRootPath { get; set; } = "/";
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static PortalAuthenticationSettings Read(string environment, Dictionary<string, string?> settings) =>
        PortalAuthenticationSettings.Read(new ConfigurationBuilder().AddInMemoryCollection(settings).Build(), new Environment(environment));

    [Fact]
    public void Read_DevelopmentWithoutProvider_UsesThePersonaPickerFor480Minutes()
    {
        var settings = Read("Development", []);

        settings.Should().Be(new PortalAuthenticationSettings(AuthenticationProvider.Development, TimeSpan.FromMinutes(480), null));
    }

    [Fact]
    public void Read_Oidc_TakesSessionMinutesAndIgnoresAutoSignIn()
    {
        var settings = Read("Production", new()
        {
            ["Authentication:Provider"] = "oidc", ["Authentication:SessionMinutes"] = "60",
            ["Authentication:Development:AutoSignIn"] = "SecurityAdmin",
            ["Oidc:Authority"] = "https://idp.example.com", ["Oidc:ClientId"] = "portal",
        });

        settings.Should().Be(new PortalAuthenticationSettings(AuthenticationProvider.Oidc, TimeSpan.FromMinutes(60), null));
    }

    [Fact]
    public void Read_EntraIdWithoutTenant_RefusesNamingTheSetting()
    {
        var act = () => Read("Production", new() { ["Authentication:Provider"] = "EntraId", ["AzureAd:ClientId"] = "x" });

        act.Should().Throw<InvalidOperationException>().WithMessage("*needs AzureAd:TenantId*");
    }

    [Fact]
    public void Read_DevelopmentInProduction_Refuses()
    {
        var act = () => Read("Production", new() { ["Authentication:Provider"] = "Development" });

        act.Should().Throw<InvalidOperationException>().WithMessage("Authentication:Provider=Development*only in the Development environment*'Production'*");
    }

    [Fact]
    public void Read_UnknownAutoSignInPersona_Refuses()
    {
        var act = () => Read("Development", new() { ["Authentication:Development:AutoSignIn"] = "Root" });

        act.Should().Throw<InvalidOperationException>().WithMessage("*AutoSignIn is 'Root'*SecurityAdmin, TeamLead, Auditor, NoRole*");
    }

    [Fact]
    public void Read_ZeroSessionMinutes_Refuses()
    {
        var act = () => Read("Development", new() { ["Authentication:SessionMinutes"] = "0" });

        act.Should().Throw<InvalidOperationException>().WithMessage("Authentication:SessionMinutes must be a positive*");
    }

    [Fact]
    public void Read_FractionalSessionAndCheckInterval_Taken()
    {
        var settings = Read("Development", new() { ["Authentication:SessionMinutes"] = "0.5", ["Authentication:SessionCheckSeconds"] = "5" });

        settings.Session.Should().Be(TimeSpan.FromSeconds(30));
        settings.SessionCheck.Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Read_SessionCheckBelowOneSecond_Refuses()
    {
        var act = () => Read("Development", new() { ["Authentication:SessionCheckSeconds"] = "0" });

        act.Should().Throw<InvalidOperationException>().WithMessage("Authentication:SessionCheckSeconds must be at least 1 second*");
    }
}
