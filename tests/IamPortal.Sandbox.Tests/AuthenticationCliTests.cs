using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests;

public sealed class AuthenticationCliTests(SandboxFixture fx) : IClassFixture<SandboxFixture>
{
    [SkippableFact]
    public async Task Wrong_secret_and_unknown_key_are_rejected()
    {
        var wrong = await fx.Cli.WithKey(SandboxAccount.OperatorAccessKeyId, "not-the-secret-at-all-0000000000000000000").RunAsync("iam", "list-groups");
        wrong.ErrorCode.Should().Be("SignatureDoesNotMatch");
        var unknown = await fx.Cli.WithKey("AKIAUNKNOWNKEY000000", "x").RunAsync("iam", "list-groups");
        unknown.ErrorCode.Should().Be("InvalidClientTokenId");
    }

    [SkippableFact]
    public async Task Operator_is_a_role_session_and_GetUser_needs_a_user_name()
    {
        var me = (await fx.Cli.RunAsync("sts", "get-caller-identity")).ShouldSucceed().Json;
        me.GetProperty("Arn").GetString().Should().Be(SandboxAccount.OperatorRoleArn);
        me.GetProperty("Account").GetString().Should().Be(SandboxAccount.AccountId);
        var self = await fx.Cli.RunAsync("iam", "get-user");
        self.ErrorCode.Should().Be("ValidationError");
    }

    [SkippableFact]
    public async Task A_key_issued_by_CreateAccessKey_authenticates_as_its_user()
    {
        (await fx.Cli.RunAsync("iam", "create-user", "--user-name", "key.owner")).ShouldSucceed();
        var key = (await fx.Cli.RunAsync("iam", "create-access-key", "--user-name", "key.owner")).ShouldSucceed().Json.GetProperty("AccessKey");
        var id = key.GetProperty("AccessKeyId").GetString()!;
        var user = fx.Cli.WithKey(id, key.GetProperty("SecretAccessKey").GetString()!);

        var identity = (await user.RunAsync("sts", "get-caller-identity")).ShouldSucceed().Json;
        identity.GetProperty("Arn").GetString().Should().Be("arn:aws:iam::123456789012:user/key.owner");
        (await user.RunAsync("iam", "get-user")).ShouldSucceed().Json.GetProperty("User").GetProperty("UserName").GetString().Should().Be("key.owner");

        var lastUsed = (await fx.Cli.RunAsync("iam", "get-access-key-last-used", "--access-key-id", id)).ShouldSucceed().Json;
        lastUsed.GetProperty("AccessKeyLastUsed").GetProperty("ServiceName").GetString().Should().Be("iam");
        lastUsed.GetProperty("AccessKeyLastUsed").GetProperty("Region").GetString().Should().Be("us-east-1");

        (await fx.Cli.RunAsync("iam", "update-access-key", "--user-name", "key.owner", "--access-key-id", id, "--status", "Inactive")).ShouldSucceed();
        (await user.RunAsync("iam", "get-user")).ErrorCode.Should().Be("InvalidClientTokenId");
    }

    [Fact]
    public async Task Missing_authorization_gives_MissingAuthenticationToken_in_IAM_error_xml()
    {
        using var content = new FormUrlEncodedContent([new("Action", "ListUsers"), new("Version", "2010-05-08")]);
        using var response = await fx.Http.Raw.PostAsync("/", content);
        ((int)response.StatusCode).Should().Be(403);
        var xml = System.Xml.Linq.XDocument.Parse(await response.Content.ReadAsStringAsync());
        xml.Root!.Name.Should().Be(IamResponse.Iam + "ErrorResponse");
        xml.Root.Element(IamResponse.Iam + "Error")!.Element(IamResponse.Iam + "Code")!.Value.Should().Be("MissingAuthenticationToken");
        xml.Root.Element(IamResponse.Iam + "Error")!.Element(IamResponse.Iam + "Type")!.Value.Should().Be("Sender");
        xml.Root.Element(IamResponse.Iam + "RequestId")!.Value.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Independent_signer_works_and_responses_use_IAM_envelope()
    {
        var r = await fx.Http.CallAsync("GetUser", ("UserName", "break-glass-admin"));
        r.Status.Should().Be(200);
        r.Xml.Root!.Name.Should().Be(IamResponse.Iam + "GetUserResponse");
        r.Xml.Root.Element(IamResponse.Iam + "GetUserResult").Should().NotBeNull();
        r.Value("RequestId").Should().NotBeNullOrEmpty();
        var sts = await fx.Http.CallAsync("GetCallerIdentity");
        sts.Xml.Root!.Name.NamespaceName.Should().Be("https://sts.amazonaws.com/doc/2011-06-15/");
    }
}
