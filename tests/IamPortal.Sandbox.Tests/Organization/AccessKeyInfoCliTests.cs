namespace IamPortal.Sandbox.Tests.Organization;

public sealed class AccessKeyInfoCliTests(OrganizationFixture fx) : IClassFixture<OrganizationFixture>
{
    private async Task<string?> AccountOfAsync(string keyId) =>
        (await fx.Cli.RunAsync("sts", "get-access-key-info", "--access-key-id", keyId)).ShouldSucceed().Json.GetProperty("Account").GetString();

    [SkippableFact]
    public async Task GetAccessKeyInfo_MemberUsersKey_NamesTheMemberAccount()
    {
        var staging = fx.Account("456789012345");
        var op = fx.Cli.WithKey(staging.OperatorAccessKeyId, staging.OperatorSecretAccessKey);
        (await op.RunAsync("iam", "create-user", "--user-name", "leaky.user")).ShouldSucceed();
        var key = (await op.RunAsync("iam", "create-access-key", "--user-name", "leaky.user")).ShouldSucceed().Json.GetProperty("AccessKey");
        var keyId = key.GetProperty("AccessKeyId").GetString()!;
        var asUser = fx.Cli.WithKey(keyId, key.GetProperty("SecretAccessKey").GetString()!);
        (await asUser.RunAsync("sts", "get-caller-identity")).ShouldSucceed().Json.GetProperty("Arn").GetString()
            .Should().Be($"arn:aws:iam::{staging.Id}:user/leaky.user", "a user's key acts in the account holding the user");

        (await AccountOfAsync(keyId)).Should().Be(staging.Id);
        (await AccountOfAsync(staging.OperatorAccessKeyId)).Should().Be(staging.Id);
        (await AccountOfAsync(SandboxAccount.OperatorAccessKeyId)).Should().Be(SandboxAccount.AccountId);
    }

    [SkippableFact]
    public async Task GetAccessKeyInfo_SessionKey_NamesTheRolesAccount()
    {
        var assumed = (await fx.Cli.RunAsync("sts", "assume-role", "--role-arn", $"arn:aws:iam::{OrganizationFixture.ProductionId}:role/IamPortalRole",
            "--role-session-name", "info")).ShouldSucceed().Json;
        (await AccountOfAsync(assumed.GetProperty("Credentials").GetProperty("AccessKeyId").GetString()!)).Should().Be(OrganizationFixture.ProductionId);
    }

    [SkippableFact]
    public async Task GetAccessKeyInfo_ForeignKey_IsAStableAccountOutsideTheOrganization()
    {
        var first = await AccountOfAsync("AKIAQSANDBOXFOREIGN7");
        first.Should().MatchRegex("^[0-9]{12}$");
        (await AccountOfAsync("AKIAQSANDBOXFOREIGN7")).Should().Be(first);
        fx.Server.Control.Accounts.Select(a => a.Id).Should().NotContain(first);
    }

    [SkippableFact]
    public async Task GetAccessKeyInfo_MalformedKey_IsValidationError()
    {
        (await fx.Cli.RunAsync("sts", "get-access-key-info", "--access-key-id", "not-a-key-id-at-all")).ErrorCode.Should().Be("ValidationError");
    }
}
