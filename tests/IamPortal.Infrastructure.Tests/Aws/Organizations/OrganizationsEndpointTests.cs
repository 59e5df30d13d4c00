using Amazon;
using Amazon.Extensions.NETCore.Setup;
using IamPortal.Infrastructure.Aws;

namespace IamPortal.Infrastructure.Tests.Aws.Organizations;

/// <summary>Where the connection sends Organizations calls, from the standard AWS settings.</summary>
public sealed class OrganizationsEndpointTests
{
    private static readonly AWSOptions NoProfiles = new() { ProfilesLocation = Path.Combine(Path.GetTempPath(), "itest-no-profiles") };

    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void FromAwsOptions_NothingConfigured_LeavesTheGlobalEndpoint()
    {
        IamConnection.FromAwsOptions(NoProfiles, Env()).OrganizationsEndpoint.Should().BeNull();
    }

    [Fact]
    public void FromAwsOptions_CustomEndpoint_AlsoServesOrganizations()
    {
        var connection = IamConnection.FromAwsOptions(NoProfiles, Env(("AWS_ENDPOINT_URL", "http://127.0.0.1:5099")));

        connection.OrganizationsEndpoint.Should().Be(new Uri("http://127.0.0.1:5099/"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("http://127.0.0.1:5099")]
    public void FromAwsOptions_OrganizationsVariable_Wins(string? custom)
    {
        var env = custom is null
            ? Env(("AWS_ENDPOINT_URL_ORGANIZATIONS", "https://orgs.proxy.example"))
            : Env(("AWS_ENDPOINT_URL_ORGANIZATIONS", "https://orgs.proxy.example"), ("AWS_ENDPOINT_URL", custom));

        IamConnection.FromAwsOptions(NoProfiles, env).OrganizationsEndpoint.Should().Be(new Uri("https://orgs.proxy.example/"));
    }

    [Fact]
    public void FromOverride_Sandbox_ServesOrganizationsOnItsUrl()
    {
        var connection = IamConnection.FromOverride(new IamConnectionOverride(new Uri("http://127.0.0.1:5123/"), "AKIA", "secret"));

        connection.OrganizationsEndpoint.Should().Be(new Uri("http://127.0.0.1:5123/"));
    }

    [Theory]
    [InlineData("us-east-1", "https://organizations.us-east-1.amazonaws.com/", "us-east-1")]
    [InlineData("eu-west-1", "https://organizations.us-east-1.amazonaws.com/", "us-east-1")]
    [InlineData("cn-north-1", "https://organizations.cn-northwest-1.amazonaws.com.cn/", "cn-northwest-1")]
    [InlineData("us-gov-east-1", "https://organizations.us-gov-west-1.amazonaws.com/", "us-gov-west-1")]
    public void OrganizationsGlobalEndpoint_Partition_IsItsHomeRegion(string region, string endpoint, string signingRegion)
    {
        AwsEndpointResolver.OrganizationsGlobalEndpoint(region).Should().Be((new Uri(endpoint), signingRegion));
        RegionEndpoint.GetBySystemName(signingRegion).Should().NotBeNull();
    }
}
