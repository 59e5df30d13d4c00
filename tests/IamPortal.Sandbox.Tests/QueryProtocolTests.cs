using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests;

/// <summary>Query API details checked over signed HTTP (fast, no CLI).</summary>
public sealed class QueryProtocolTests(SandboxFixture fx) : IClassFixture<SandboxFixture>
{
    [Fact]
    public async Task Get_with_query_string_and_unknown_action()
    {
        var r = await fx.Http.GetAsync("GetUser", ("UserName", "svc-backup"));
        r.Status.Should().Be(200);
        r.Value("Path").Should().Be("/automation/");
        var unknown = await fx.Http.CallAsync("MakeCoffee");
        unknown.Status.Should().Be(400);
        unknown.ErrorCode.Should().Be("InvalidAction");
    }

    [Fact]
    public async Task Seeded_user_with_service_credentials_is_deleted_in_IAM_order()
    {
        const string user = "svc-terraform";
        async Task<string?> Delete() => (await fx.Http.CallAsync("DeleteUser", ("UserName", user))).Xml.Descendants().FirstOrDefault(e => e.Name.LocalName == "Message")?.Value;

        (await Delete()).Should().Be("Cannot delete entity, must delete access keys first.");
        foreach (var key in (await fx.Http.CallAsync("ListAccessKeys", ("UserName", user))).All("AccessKeyId").Select(e => e.Value).ToList())
            (await fx.Http.CallAsync("DeleteAccessKey", ("UserName", user), ("AccessKeyId", key))).Status.Should().Be(200);
        (await Delete()).Should().Be("Cannot delete entity, must delete service-specific credentials first.");
        var creds = await fx.Http.CallAsync("ListServiceSpecificCredentials", ("UserName", user));
        foreach (var id in creds.All("ServiceSpecificCredentialId").Select(e => e.Value).ToList())
            (await fx.Http.CallAsync("DeleteServiceSpecificCredential", ("UserName", user), ("ServiceSpecificCredentialId", id))).Status.Should().Be(200);
        (await Delete()).Should().Be("Cannot delete entity, must detach all policies first.");

        var attached = (await fx.Http.CallAsync("ListAttachedUserPolicies", ("UserName", user))).All("PolicyArn").Select(e => e.Value).ToList();
        attached.Should().Contain("arn:aws:iam::aws:policy/PowerUserAccess");
        var before = int.Parse((await fx.Http.CallAsync("GetPolicy", ("PolicyArn", attached[0]))).Value("AttachmentCount")!);
        foreach (var arn in attached)
            (await fx.Http.CallAsync("DetachUserPolicy", ("UserName", user), ("PolicyArn", arn))).Status.Should().Be(200);
        int.Parse((await fx.Http.CallAsync("GetPolicy", ("PolicyArn", attached[0]))).Value("AttachmentCount")!).Should().Be(before - 1);
        (await Delete()).Should().BeNull("nothing is left");
        (await fx.Http.CallAsync("GetUser", ("UserName", user))).ErrorCode.Should().Be("NoSuchEntity");
    }

    [Fact]
    public async Task Renaming_a_user_keeps_groups_keys_and_boundary()
    {
        (await fx.Http.CallAsync("CreateUser", ("UserName", "old.name"), ("PermissionsBoundary", "arn:aws:iam::aws:policy/ReadOnlyAccess"))).Status.Should().Be(200);
        (await fx.Http.CallAsync("AddUserToGroup", ("UserName", "old.name"), ("GroupName", "billing"))).Status.Should().Be(200);
        (await fx.Http.CallAsync("UpdateUser", ("UserName", "old.name"), ("NewUserName", "new.name"), ("NewPath", "/finance/"))).Status.Should().Be(200);
        var user = await fx.Http.CallAsync("GetUser", ("UserName", "new.name"));
        user.Value("Arn").Should().Be("arn:aws:iam::123456789012:user/finance/new.name");
        user.Value("PermissionsBoundaryArn").Should().Be("arn:aws:iam::aws:policy/ReadOnlyAccess");
        (await fx.Http.CallAsync("ListGroupsForUser", ("UserName", "new.name"))).All("GroupName").Select(e => e.Value).Should().Equal("billing");
        (await fx.Http.CallAsync("GetGroup", ("GroupName", "billing"))).All("UserName").Select(e => e.Value).Should().Contain("new.name").And.NotContain("old.name");
        (await fx.Http.CallAsync("RemoveUserFromGroup", ("UserName", "new.name"), ("GroupName", "billing"))).Status.Should().Be(200);
        (await fx.Http.CallAsync("DeleteUser", ("UserName", "new.name"))).Status.Should().Be(200, "a permissions boundary does not block deletion");
    }

    [Fact]
    public async Task Inline_policy_aggregate_size_is_limited_per_user()
    {
        (await fx.Http.CallAsync("CreateUser", ("UserName", "inline.heavy"))).Status.Should().Be(200);
        var resources = string.Join(",", Enumerable.Range(0, 80).Select(i => $"\"arn:aws:s3:::bucket-number-{i}\""));
        var doc = $$"""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":[{{resources}}]}]}""";
        var r = await fx.Http.CallAsync("PutUserPolicy", ("UserName", "inline.heavy"), ("PolicyName", "big"), ("PolicyDocument", doc));
        r.Status.Should().Be(409);
        r.ErrorCode.Should().Be("LimitExceeded");
    }
}
