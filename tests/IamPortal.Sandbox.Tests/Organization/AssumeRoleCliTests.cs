namespace IamPortal.Sandbox.Tests.Organization;

public sealed class AssumeRoleCliTests(OrganizationFixture fx) : IClassFixture<OrganizationFixture>
{
    private static string RoleArn(string account, string role = "IamPortalRole") => $"arn:aws:iam::{account}:role/{role}";

    [SkippableFact]
    public async Task AssumeRole_MemberRoleWithSourceIdentity_SessionActsInThatMemberAndIsRecorded()
    {
        var assumed = (await fx.Cli.RunAsync("sts", "assume-role", "--role-arn", RoleArn(OrganizationFixture.ProductionId),
            "--role-session-name", "portal-alice", "--source-identity", "alice@example.com")).ShouldSucceed().Json;
        assumed.GetProperty("Credentials").GetProperty("AccessKeyId").GetString().Should().StartWith("ASIA");
        assumed.GetProperty("AssumedRoleUser").GetProperty("Arn").GetString()
            .Should().Be($"arn:aws:sts::{OrganizationFixture.ProductionId}:assumed-role/IamPortalRole/portal-alice");
        assumed.GetProperty("AssumedRoleUser").GetProperty("AssumedRoleId").GetString().Should().StartWith("AROA").And.EndWith(":portal-alice");
        assumed.GetProperty("SourceIdentity").GetString().Should().Be("alice@example.com");
        var session = fx.WithSession(assumed);

        var me = (await session.RunAsync("sts", "get-caller-identity")).ShouldSucceed().Json;
        me.GetProperty("Account").GetString().Should().Be(OrganizationFixture.ProductionId);
        var users = (await session.RunAsync("iam", "list-users")).ShouldSucceed().Json.GetProperty("Users").EnumerateArray()
            .Select(u => u.GetProperty("Arn").GetString()!).ToList();
        users.Should().HaveCount(120, "the production account's users, not the management account's 40");
        users.Should().OnlyContain(arn => arn.StartsWith($"arn:aws:iam::{OrganizationFixture.ProductionId}:user/", StringComparison.Ordinal));

        (await session.RunAsync("iam", "create-user", "--user-name", "made.by.alice")).ShouldSucceed();
        var created = fx.Server.Control.Events(OrganizationFixture.ProductionId).Should().ContainSingle(e => e.EventName == "CreateUser").Subject;
        created.SourceIdentity.Should().Be("alice@example.com");
        created.CallerArn.Should().EndWith("assumed-role/IamPortalRole/portal-alice");
        created.Parameters.Should().ContainKey("UserName").WhoseValue.Should().Be("made.by.alice");
        created.ErrorCode.Should().BeNull();
        fx.Server.Control.Events(OrganizationFixture.ProductionId).Should().Contain(e => e.EventName == "AssumeRole" && e.SourceIdentity == "alice@example.com");
        fx.Server.Control.Events(SandboxAccount.AccountId).Should().NotContain(e => e.EventName == "CreateUser" && e.Parameters["UserName"] == "made.by.alice");
        (await fx.Cli.RunAsync("iam", "get-user", "--user-name", "made.by.alice")).ErrorCode.Should().Be("NoSuchEntity", "the management account is another account");
    }

    [SkippableFact]
    public async Task AssumeRole_MemberOperatorKey_WorksInItsOwnAccount()
    {
        var security = fx.Account("210987654321");
        var op = fx.Cli.WithKey(security.OperatorAccessKeyId, security.OperatorSecretAccessKey);
        (await op.RunAsync("sts", "get-caller-identity")).ShouldSucceed().Json.GetProperty("Account").GetString().Should().Be(security.Id);
        (await op.RunAsync("iam", "list-users")).ShouldSucceed().Json.GetProperty("Users").GetArrayLength().Should().Be(25);
    }

    [SkippableFact]
    public async Task AssumeRole_RoleMissingOrOutsideTheOrganization_IsAccessDenied()
    {
        var missing = await fx.Cli.RunAsync("sts", "assume-role", "--role-arn", RoleArn(OrganizationFixture.ProductionId, "NoSuchRole"), "--role-session-name", "s1");
        missing.ErrorCode.Should().Be("AccessDenied");
        missing.Stderr.Should().Contain($"User: {SandboxAccount.OperatorRoleArn} is not authorized to perform: sts:AssumeRole on resource: {RoleArn(OrganizationFixture.ProductionId, "NoSuchRole")}");
        (await fx.Cli.RunAsync("sts", "assume-role", "--role-arn", RoleArn("999999999999"), "--role-session-name", "s1")).ErrorCode.Should().Be("AccessDenied");
        (await fx.Cli.RunAsync("sts", "assume-role", "--role-arn", RoleArn("678901234567"), "--role-session-name", "s1"))
            .ErrorCode.Should().Be("AccessDenied", "the account is suspended");
    }

    [SkippableFact]
    public async Task AssumeRole_SourceIdentityWithAwsPrefixOrBadCharacters_IsValidationError()
    {
        var reserved = await fx.Cli.RunAsync("sts", "assume-role", "--role-arn", RoleArn(OrganizationFixture.ProductionId), "--role-session-name", "s1", "--source-identity", "aws:alice");
        reserved.ErrorCode.Should().Be("ValidationError");
        var spaces = await fx.Cli.RunAsync("sts", "assume-role", "--role-arn", RoleArn(OrganizationFixture.ProductionId), "--role-session-name", "s1", "--source-identity", "alice smith");
        spaces.ErrorCode.Should().Be("ValidationError");
        var badSession = await fx.Cli.RunAsync("sts", "assume-role", "--role-arn", RoleArn(OrganizationFixture.ProductionId), "--role-session-name", "has space");
        badSession.ErrorCode.Should().Be("ValidationError");
    }

    [SkippableFact]
    public async Task AssumeRole_DurationAboveTheRoleMaximum_IsValidationError()
    {
        var tooLong = await fx.Cli.RunAsync("sts", "assume-role", "--role-arn", RoleArn(OrganizationFixture.ProductionId), "--role-session-name", "s1", "--duration-seconds", "7200");
        tooLong.ErrorCode.Should().Be("ValidationError");
        tooLong.Stderr.Should().Contain("The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
    }

    [SkippableFact]
    public async Task AssumeRole_ExternalIdRequiredByTheRole_MustMatch()
    {
        var arn = RoleArn(OrganizationFixture.PartnerId);
        (await fx.Cli.RunAsync("sts", "assume-role", "--role-arn", arn, "--role-session-name", "s1")).ErrorCode.Should().Be("AccessDenied");
        (await fx.Cli.RunAsync("sts", "assume-role", "--role-arn", arn, "--role-session-name", "s1", "--external-id", "wrong-id")).ErrorCode.Should().Be("AccessDenied");
        (await fx.Cli.RunAsync("sts", "assume-role", "--role-arn", arn, "--role-session-name", "s1", "--external-id", OrganizationFixture.PartnerExternalId)).ShouldSucceed();
    }

    [SkippableFact]
    public async Task AssumeRole_Chained_KeepsSourceIdentityAndCapsAtOneHour()
    {
        var first = fx.WithSession((await fx.Cli.RunAsync("sts", "assume-role", "--role-arn", RoleArn("456789012345"),
            "--role-session-name", "hop1", "--source-identity", "bob@example.com")).ShouldSucceed().Json);
        var second = (await first.RunAsync("sts", "assume-role", "--role-arn", RoleArn("567890123456", "OrganizationAccountAccessRole"), "--role-session-name", "hop2"))
            .ShouldSucceed().Json;
        second.GetProperty("SourceIdentity").GetString().Should().Be("bob@example.com");
        (await first.RunAsync("sts", "assume-role", "--role-arn", RoleArn("567890123456"), "--role-session-name", "hop2", "--source-identity", "mallory"))
            .ErrorCode.Should().Be("AccessDenied", "a session's SourceIdentity cannot be changed");
        (await first.RunAsync("sts", "assume-role", "--role-arn", RoleArn("567890123456"), "--role-session-name", "hop2", "--duration-seconds", "3601"))
            .ErrorCode.Should().Be("ValidationError");
    }
}
