using IamPortal.Web.Demo;
using Microsoft.Extensions.Configuration;

namespace IamPortal.Web.Tests.Demo;

public sealed class PortalModeResolverTests
{
    private static IConfiguration Config(params (string Key, string Value)[] values) => new ConfigurationBuilder()
        .AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value)))
        .Build();

    private static string? NoEnvironment(string _) => null;

    [Fact]
    public void Resolve_AutoWithoutAwsSettings_IsDemo() =>
        PortalModeResolver.Resolve(Config(), NoEnvironment).Should().Be(PortalMode.Demo);

    [Theory]
    [InlineData("AWS:Profile")]
    [InlineData("AWS:Region")]
    [InlineData("AWS:ServiceURL")]
    public void Resolve_AutoWithAwsSetting_IsAws(string key) =>
        PortalModeResolver.Resolve(Config((key, "x")), NoEnvironment).Should().Be(PortalMode.Aws);

    [Theory]
    [InlineData("AWS_PROFILE")]
    [InlineData("AWS_ACCESS_KEY_ID")]
    [InlineData("AWS_ENDPOINT_URL_IAM")]
    [InlineData("AWS_WEB_IDENTITY_TOKEN_FILE")]
    [InlineData("AWS_CONTAINER_CREDENTIALS_FULL_URI")]
    public void Resolve_AutoWithAwsEnvironmentVariable_IsAws(string variable) =>
        PortalModeResolver.Resolve(Config(), v => v == variable ? "x" : null).Should().Be(PortalMode.Aws);

    [Fact]
    public void Resolve_ExplicitDemo_WinsOverAwsSettings() =>
        PortalModeResolver.Resolve(Config(("Portal:Mode", "demo"), ("AWS:Region", "eu-west-1")), NoEnvironment).Should().Be(PortalMode.Demo);

    [Fact]
    public void Resolve_UnknownMode_Throws() =>
        FluentActions.Invoking(() => PortalModeResolver.Resolve(Config(("Portal:Mode", "prod")), NoEnvironment))
            .Should().Throw<InvalidOperationException>().WithMessage("*Auto, Demo or Aws*");
}
