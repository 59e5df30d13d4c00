using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests;

public sealed class PolicyCliTests(SandboxFixture fx) : IClassFixture<SandboxFixture>
{
    private static string Doc(string action) =>
        $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"{{action}}","Resource":"*"}]}""";

    [SkippableFact]
    public async Task Policy_versions_are_capped_at_five_and_the_default_cannot_be_deleted()
    {
        var aws = fx.Cli;
        var policy = (await aws.RunAsync("iam", "create-policy", "--policy-name", "versioned-policy", "--policy-document", Doc("s3:GetObject")))
            .ShouldSucceed().Json.GetProperty("Policy");
        var arn = policy.GetProperty("Arn").GetString()!;
        arn.Should().Be("arn:aws:iam::123456789012:policy/versioned-policy");
        policy.GetProperty("DefaultVersionId").GetString().Should().Be("v1");

        for (var i = 2; i <= 5; i++)
            (await aws.RunAsync("iam", "create-policy-version", "--policy-arn", arn, "--policy-document", Doc($"s3:Get{i}"), "--set-as-default"))
                .ShouldSucceed().Json.GetProperty("PolicyVersion").GetProperty("VersionId").GetString().Should().Be($"v{i}");
        var sixth = await aws.RunAsync("iam", "create-policy-version", "--policy-arn", arn, "--policy-document", Doc("s3:Get6"));
        sixth.ErrorCode.Should().Be("LimitExceeded");

        (await aws.RunAsync("iam", "delete-policy-version", "--policy-arn", arn, "--version-id", "v5")).ErrorCode.Should().Be("DeleteConflict");
        (await aws.RunAsync("iam", "delete-policy", "--policy-arn", arn)).ErrorCode.Should().Be("DeleteConflict");

        var v3 = (await aws.RunAsync("iam", "get-policy-version", "--policy-arn", arn, "--version-id", "v3")).ShouldSucceed().Json;
        v3.GetProperty("PolicyVersion").GetProperty("Document").GetProperty("Statement")[0].GetProperty("Action").GetString().Should().Be("s3:Get3");
        v3.GetProperty("PolicyVersion").GetProperty("IsDefaultVersion").GetBoolean().Should().BeFalse();

        (await aws.RunAsync("iam", "attach-group-policy", "--group-name", "sales-team", "--policy-arn", arn)).ShouldSucceed();
        (await aws.RunAsync("iam", "get-policy", "--policy-arn", arn)).ShouldSucceed().Json
            .GetProperty("Policy").GetProperty("AttachmentCount").GetInt32().Should().Be(1);
        var entities = (await aws.RunAsync("iam", "list-entities-for-policy", "--policy-arn", arn)).ShouldSucceed().Json;
        entities.GetProperty("PolicyGroups")[0].GetProperty("GroupName").GetString().Should().Be("sales-team");
    }

    [SkippableFact]
    public async Task Malformed_documents_and_scoped_listing()
    {
        var bad = await fx.Cli.RunAsync("iam", "create-policy", "--policy-name", "broken", "--policy-document", """{"Statement":"nope"}""");
        bad.ErrorCode.Should().Be("MalformedPolicyDocument");
        var notJson = await fx.Cli.RunAsync("iam", "put-user-policy", "--user-name", "break-glass-admin", "--policy-name", "x", "--policy-document", "{not json");
        notJson.ErrorCode.Should().Be("MalformedPolicyDocument");

        var aws = (await fx.Cli.RunAsync("iam", "list-policies", "--scope", "AWS")).ShouldSucceed().Json.GetProperty("Policies");
        aws.EnumerateArray().Select(p => p.GetProperty("PolicyName").GetString())
            .Should().Contain(["AdministratorAccess", "ReadOnlyAccess", "ViewOnlyAccess", "IAMUserChangePassword"]);
        var local = (await fx.Cli.RunAsync("iam", "list-policies", "--scope", "Local", "--only-attached")).ShouldSucceed().Json.GetProperty("Policies");
        local.EnumerateArray().Should().OnlyContain(p => p.GetProperty("AttachmentCount").GetInt32() > 0 || p.GetProperty("PermissionsBoundaryUsageCount").GetInt32() > 0);
    }

    [Fact]
    public async Task Group_with_members_or_policies_cannot_be_deleted()
    {
        var r = await fx.Http.CallAsync("DeleteGroup", ("GroupName", "admins"));
        r.Status.Should().Be(409);
        r.ErrorCode.Should().Be("DeleteConflict");
        (await fx.Http.CallAsync("CreateGroup", ("GroupName", "temp-group"))).Status.Should().Be(200);
        (await fx.Http.CallAsync("CreateGroup", ("GroupName", "TEMP-GROUP"))).ErrorCode.Should().Be("EntityAlreadyExists");
        (await fx.Http.CallAsync("PutGroupPolicy", ("GroupName", "temp-group"), ("PolicyName", "p"), ("PolicyDocument", Doc("s3:*")))).Status.Should().Be(200);
        (await fx.Http.CallAsync("DeleteGroup", ("GroupName", "temp-group"))).ErrorCode.Should().Be("DeleteConflict");
        (await fx.Http.CallAsync("DeleteGroupPolicy", ("GroupName", "temp-group"), ("PolicyName", "p"))).Status.Should().Be(200);
        (await fx.Http.CallAsync("DeleteGroup", ("GroupName", "temp-group"))).Status.Should().Be(200);
    }
}
