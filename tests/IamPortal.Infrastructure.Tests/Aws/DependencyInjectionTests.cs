using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace IamPortal.Infrastructure.Tests.Aws;

public sealed class DependencyInjectionTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings) =>
        new ServiceCollection().AddLogging()
            .AddInfrastructure(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

    [SkippableFact]
    public void AddInfrastructure_AwsSection_ConfiguresEndpointRegionAndProfileWarning()
    {
        Skip.If(Environment.GetEnvironmentVariable("AWS_ENDPOINT_URL_IAM") is { Length: > 0 }, "AWS_ENDPOINT_URL_IAM overrides AWS:ServiceURL.");
        using var provider = Build(new()
        {
            ["AWS:ServiceURL"] = "http://127.0.0.1:9/",
            ["AWS:Region"] = "eu-west-1",
            ["AWS:Profile"] = "itest-no-such-profile",
        });

        var info = provider.GetRequiredService<IAwsConnectionInfo>().Current;

        info.Endpoint.Should().Be("http://127.0.0.1:9/");
        info.Region.Should().Be("eu-west-1");
        info.IsSandbox.Should().BeFalse();
        info.Warning.Should().Be("Profile 'itest-no-such-profile' was not found; the default credential chain is used instead.");
    }

    [Fact]
    public void AddInfrastructure_EveryPort_ResolvesToOneClientPerScope()
    {
        using var provider = Build(new());
        using var scope = provider.CreateScope();
        using var other = provider.CreateScope();
        var sp = scope.ServiceProvider;

        var client = sp.GetRequiredService<IIamClient>();

        sp.GetRequiredService<IIamUsersApi>().Should().BeSameAs(client);
        sp.GetRequiredService<IIamCredentialsApi>().Should().BeSameAs(client);
        sp.GetRequiredService<IIamMfaApi>().Should().BeSameAs(client);
        sp.GetRequiredService<IIamGroupsApi>().Should().BeSameAs(client);
        sp.GetRequiredService<IIamPoliciesApi>().Should().BeSameAs(client);
        sp.GetRequiredService<IIamAccountApi>().Should().BeSameAs(client);
        sp.GetRequiredService<IStsClient>().Should().NotBeNull();
        sp.GetRequiredService<IAwsTargetAccessor>().Should().BeOfType<PortalOwnTarget>();
        other.ServiceProvider.GetRequiredService<IIamClient>().Should().NotBeSameAs(client);
        provider.GetRequiredService<IOrganizationsClient>().Should().BeSameAs(sp.GetRequiredService<IOrganizationsClient>());
    }

    [Fact]
    public void AddInfrastructure_IamClientFromTheRootProvider_IsRefused()
    {
        using var provider = Build(new());

        var act = () => provider.GetRequiredService<IIamClient>();

        act.Should().Throw<InvalidOperationException>("the IAM client acts for a scope's account and operator");
    }

    [Fact]
    public void AddInfrastructure_PageSizeOutOfRange_FailsValidation()
    {
        using var provider = Build(new() { ["Iam:PageSize"] = "5000" });

        var act = () => provider.GetRequiredService<IOptions<IamPortal.Infrastructure.Aws.IamClientOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage("*Iam:PageSize must be between 1 and 1000*");
    }

    [Theory]
    [InlineData("Iam:RoleSessionDurationSeconds", "600", "*Iam:RoleSessionDurationSeconds must be between 900 and 43200*")]
    [InlineData("Iam:RoleSessionDurationSeconds", "50000", "*Iam:RoleSessionDurationSeconds must be between 900 and 43200*")]
    [InlineData("Iam:OrganizationsEndpoint", "organizations.example", "*Iam:OrganizationsEndpoint must be an absolute http(s) URL*")]
    public void AddInfrastructure_RoleAndOrganizationsSettingsOutOfRange_FailValidation(string key, string value, string message)
    {
        using var provider = Build(new() { [key] = value });

        var act = () => provider.GetRequiredService<IOptions<IamPortal.Infrastructure.Aws.IamClientOptions>>().Value;

        act.Should().Throw<OptionsValidationException>().WithMessage(message);
    }
}
