using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests;

public sealed class UserLifecycleCliTests(SandboxFixture fx) : IClassFixture<SandboxFixture>
{
    private const string Password = "Sandbox-Passw0rd!x";

    [SkippableFact]
    public async Task Whole_user_lifecycle_follows_IAM_deletion_order()
    {
        var aws = fx.Cli;
        var created = (await aws.RunAsync("iam", "create-user", "--user-name", "ada.lovelace", "--path", "/people/",
            "--tags", "Key=Department,Value=Engineering", "Key=Owner,Value=cto@example.com")).ShouldSucceed().Json;
        created.GetProperty("User").GetProperty("Arn").GetString().Should().Be("arn:aws:iam::123456789012:user/people/ada.lovelace");
        created.GetProperty("User").GetProperty("UserId").GetString().Should().StartWith("AIDA");
        created.GetProperty("User").GetProperty("Tags").GetArrayLength().Should().Be(2);

        (await aws.RunAsync("iam", "create-login-profile", "--user-name", "ada.lovelace", "--password", Password, "--password-reset-required"))
            .ShouldSucceed().Json.GetProperty("LoginProfile").GetProperty("PasswordResetRequired").GetBoolean().Should().BeTrue();
        var key = (await aws.RunAsync("iam", "create-access-key", "--user-name", "ada.lovelace")).ShouldSucceed().Json.GetProperty("AccessKey");
        var keyId = key.GetProperty("AccessKeyId").GetString()!;
        keyId.Should().MatchRegex("^AKIA[A-Z0-9]{16}$");
        key.GetProperty("SecretAccessKey").GetString().Should().HaveLength(40);
        (await aws.RunAsync("iam", "add-user-to-group", "--user-name", "ada.lovelace", "--group-name", "engineering-developers")).ShouldSucceed();
        (await aws.RunAsync("iam", "attach-user-policy", "--user-name", "ada.lovelace", "--policy-arn", "arn:aws:iam::aws:policy/ReadOnlyAccess")).ShouldSucceed();
        (await aws.RunAsync("iam", "put-user-policy", "--user-name", "ada.lovelace", "--policy-name", "inline-s3",
            "--policy-document", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}""")).ShouldSucceed();
        var inline = (await aws.RunAsync("iam", "get-user-policy", "--user-name", "ada.lovelace", "--policy-name", "inline-s3")).ShouldSucceed().Json;
        inline.GetProperty("PolicyDocument").GetProperty("Statement")[0].GetProperty("Action").GetString().Should().Be("s3:ListBucket");

        var conflict = await aws.RunAsync("iam", "delete-user", "--user-name", "ada.lovelace");
        conflict.ExitCode.Should().NotBe(0);
        conflict.ErrorCode.Should().Be("DeleteConflict");

        (await aws.RunAsync("iam", "delete-login-profile", "--user-name", "ada.lovelace")).ShouldSucceed();
        (await aws.RunAsync("iam", "delete-access-key", "--user-name", "ada.lovelace", "--access-key-id", keyId)).ShouldSucceed();
        (await aws.RunAsync("iam", "delete-user-policy", "--user-name", "ada.lovelace", "--policy-name", "inline-s3")).ShouldSucceed();
        (await aws.RunAsync("iam", "detach-user-policy", "--user-name", "ada.lovelace", "--policy-arn", "arn:aws:iam::aws:policy/ReadOnlyAccess")).ShouldSucceed();
        (await aws.RunAsync("iam", "remove-user-from-group", "--user-name", "ada.lovelace", "--group-name", "engineering-developers")).ShouldSucceed();
        (await aws.RunAsync("iam", "delete-user", "--user-name", "ada.lovelace")).ShouldSucceed();

        var gone = await aws.RunAsync("iam", "get-user", "--user-name", "ada.lovelace");
        gone.ErrorCode.Should().Be("NoSuchEntity");
        gone.Stderr.Should().Contain("The user with name ada.lovelace cannot be found.");
    }

    [SkippableFact]
    public async Task Names_are_unique_case_insensitively_and_validated()
    {
        (await fx.Cli.RunAsync("iam", "create-user", "--user-name", "Grace.Hopper")).ShouldSucceed();
        var clash = await fx.Cli.RunAsync("iam", "create-user", "--user-name", "grace.HOPPER");
        clash.ErrorCode.Should().Be("EntityAlreadyExists");

        var invalid = await fx.Cli.RunAsync("iam", "create-user", "--user-name", "bad name!");
        invalid.ErrorCode.Should().Be("ValidationError");
        invalid.Stderr.Should().Contain("Member must satisfy regular expression pattern");

        var weak = await fx.Cli.RunAsync("iam", "create-login-profile", "--user-name", "Grace.Hopper", "--password", "short");
        weak.ErrorCode.Should().Be("PasswordPolicyViolation");
    }

    [SkippableFact]
    public async Task Quotas_are_enforced_for_access_keys_and_tags()
    {
        var tags = Enumerable.Range(1, 50).Select(i => $"Key=k{i},Value=v{i}").ToArray();
        (await fx.Cli.RunAsync(["iam", "create-user", "--user-name", "quota.user", "--tags", .. tags])).ShouldSucceed();
        var tag51 = await fx.Cli.RunAsync("iam", "tag-user", "--user-name", "quota.user", "--tags", "Key=one-more,Value=x");
        tag51.ErrorCode.Should().Be("LimitExceeded");

        (await fx.Cli.RunAsync("iam", "create-access-key", "--user-name", "quota.user")).ShouldSucceed();
        (await fx.Cli.RunAsync("iam", "create-access-key", "--user-name", "quota.user")).ShouldSucceed();
        var third = await fx.Cli.RunAsync("iam", "create-access-key", "--user-name", "quota.user");
        third.ErrorCode.Should().Be("LimitExceeded");
        third.Stderr.Should().Contain("AccessKeysPerUser: 2");
    }
}
