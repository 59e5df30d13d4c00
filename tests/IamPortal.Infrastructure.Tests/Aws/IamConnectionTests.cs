using Amazon;
using Amazon.Extensions.NETCore.Setup;
using IamPortal.Infrastructure.Aws;

namespace IamPortal.Infrastructure.Tests.Aws;

public sealed class IamConnectionTests : IDisposable
{
    private readonly string _profilesFile = Path.Combine(Path.GetTempPath(), $"itest-credentials-{Guid.NewGuid():N}");

    public IamConnectionTests()
    {
        File.WriteAllText(_profilesFile, "[prod-admin]\naws_access_key_id = AKIAPRODADMIN0000000\naws_secret_access_key = secret\n");
    }

    public void Dispose() => File.Delete(_profilesFile);

    private static Func<string, string?> Env(params (string Name, string Value)[] values) =>
        name => values.FirstOrDefault(v => v.Name == name).Value;

    [Fact]
    public void FromAwsOptions_NothingConfigured_UsesGlobalEndpointSignedForUsEast1()
    {
        var connection = IamConnection.FromAwsOptions(new AWSOptions { ProfilesLocation = _profilesFile }, Env());

        connection.IamEndpoint.Should().Be(new Uri("https://iam.amazonaws.com/"));
        connection.SigningRegion.Should().Be("us-east-1");
        connection.Current.CredentialSource.Should().Be("default chain (instance profile / task role / SSO)");
        connection.Current.IsSandbox.Should().BeFalse();
        connection.Current.Warning.Should().BeNull();
    }

    [Fact]
    public void FromAwsOptions_RegionOnly_StillSignsIamWithUsEast1()
    {
        var connection = IamConnection.FromAwsOptions(new AWSOptions { Region = RegionEndpoint.EUWest1, ProfilesLocation = _profilesFile }, Env());

        connection.IamEndpoint.Host.Should().Be("iam.amazonaws.com");
        connection.SigningRegion.Should().Be("us-east-1");
    }

    [Fact]
    public void FromAwsOptions_IamSpecificVariable_WinsOverServiceUrlAndGenericVariable()
    {
        var options = new AWSOptions { ProfilesLocation = _profilesFile, Region = RegionEndpoint.EUCentral1 };
        options.DefaultClientConfig.ServiceURL = "http://config:1";
        var env = Env(("AWS_ENDPOINT_URL_IAM", "http://iam-specific:2"), ("AWS_ENDPOINT_URL", "http://generic:3"));

        var connection = IamConnection.FromAwsOptions(options, env);

        connection.IamEndpoint.Should().Be(new Uri("http://iam-specific:2"));
        connection.StsServiceUrl.Should().Be(new Uri("http://iam-specific:2"));
        connection.SigningRegion.Should().Be("eu-central-1");
    }

    [Fact]
    public void FromAwsOptions_GenericVariableAndStsVariable_EachIsUsed()
    {
        var env = Env(("AWS_ENDPOINT_URL", "http://generic:3"), ("AWS_ENDPOINT_URL_STS", "http://sts:4"), ("AWS_REGION", "ap-south-1"));

        var connection = IamConnection.FromAwsOptions(new AWSOptions { ProfilesLocation = _profilesFile }, env);

        connection.IamEndpoint.Should().Be(new Uri("http://generic:3"));
        connection.StsServiceUrl.Should().Be(new Uri("http://sts:4"));
        connection.SigningRegion.Should().Be("ap-south-1");
    }

    [Fact]
    public void FromAwsOptions_ExistingProfile_IsNamedAsSource()
    {
        var connection = IamConnection.FromAwsOptions(new AWSOptions { Profile = "prod-admin", ProfilesLocation = _profilesFile }, Env());

        connection.Current.CredentialSource.Should().Be("profile 'prod-admin'");
        connection.Current.Warning.Should().BeNull();
    }

    [Fact]
    public void FromAwsOptions_MissingProfile_WarnsAndFallsBackToDefaultChain()
    {
        var connection = IamConnection.FromAwsOptions(new AWSOptions { Profile = "typo", ProfilesLocation = _profilesFile }, Env());

        connection.Current.Warning.Should().Be("Profile 'typo' was not found; the default credential chain is used instead.");
        connection.Current.CredentialSource.Should().StartWith("default chain");
    }

    [Fact]
    public void FromAwsOptions_ProfileFromEnvironmentVariable_IsChecked()
    {
        var connection = IamConnection.FromAwsOptions(new AWSOptions { ProfilesLocation = _profilesFile }, Env(("AWS_PROFILE", "nope")));

        connection.Current.Warning.Should().Contain("'nope'");
    }

    [Fact]
    public void FromAwsOptions_KeysInEnvironment_SaysEnvironmentVariables()
    {
        var connection = IamConnection.FromAwsOptions(new AWSOptions { ProfilesLocation = _profilesFile }, Env(("AWS_ACCESS_KEY_ID", "AKIA")));

        connection.Current.CredentialSource.Should().Be("environment variables");
    }

    [Fact]
    public async Task GetCredentialsAsync_ExistingProfile_ReturnsItsKeys()
    {
        var connection = IamConnection.FromAwsOptions(new AWSOptions { Profile = "prod-admin", ProfilesLocation = _profilesFile }, Env());

        var credentials = await connection.GetCredentialsAsync(CancellationToken.None);

        (await credentials.GetCredentialsAsync()).AccessKey.Should().Be("AKIAPRODADMIN0000000");
    }

    [Fact]
    public void FromOverride_Sandbox_DescribesSandboxOperatorKeys()
    {
        var connection = IamConnection.FromOverride(new IamConnectionOverride(new Uri("http://127.0.0.1:5000"), "AKIA", "secret"));

        connection.Current.Should().Be(new IamPortal.Application.Accounts.AwsConnectionInfo(
            "http://127.0.0.1:5000/", "us-east-1", "Sandbox operator keys", true, null));
        new IamConnectionOverride(new Uri("http://x"), "AKIA", "secret").ToString().Should().NotContain("secret");
    }

    [Theory]
    [InlineData("cn-north-1", "iam.cn-north-1.amazonaws.com.cn", "cn-north-1")]
    [InlineData("us-gov-east-1", "iam.us-gov.amazonaws.com", "us-gov-west-1")]
    [InlineData(null, "iam.amazonaws.com", "us-east-1")]
    public void GlobalEndpoint_Partition_PicksHostAndSigningRegion(string? region, string host, string signingRegion)
    {
        AwsEndpointResolver.GlobalEndpoint(region).Should().Be((host, signingRegion));
    }
}
