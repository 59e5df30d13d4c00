using IamPortal.Application.Audit;
using IamPortal.Application.Credentials;
using IamPortal.Application.Iam;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Credentials;

public class AccessKeyServiceTests
{
    private static IamAccessKey Key(string id) => new("alice", id, IamAccessKeyStatus.Active, Sample.Now);

    [Fact]
    public async Task CreateAsync_OneKey_ReturnsSecretOnceAndAuditsWithoutIt()
    {
        var h = new CredentialsHarness();
        h.Iam.Configure().ListAccessKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAccessKey>)[Key("AKIAOLD0000000000001")]);
        h.Iam.Configure().CreateAccessKeyAsync(default!).ReturnsForAnyArgs(_ => new IamNewAccessKey("alice", "AKIANEW0000000000002", IamAccessKeyStatus.Active, Sample.Now, "SECRET/abc+123"));

        var result = await h.Keys.CreateAsync("alice");

        result.Value!.SecretAccessKey.Should().Be("SECRET/abc+123");
        h.Outcomes("AccessKeys.Create").Should().Equal(AuditOutcomes.Success);
        h.Audit.Entries.Should().NotContain(e => e.Record.ParametersJson.Contains("SECRET"));
    }

    [Fact]
    public async Task CreateAsync_TwoKeys_RefusedWithClearMessage()
    {
        var h = new CredentialsHarness();
        h.Iam.Configure().ListAccessKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAccessKey>)[Key("AKIAOLD0000000000001"), Key("AKIAOLD0000000000002")]);

        var result = await h.Keys.CreateAsync("alice");

        result.Errors[CredentialFields.AccessKeys].Should().Contain("already has 2 access keys");
        _ = h.Iam.DidNotReceiveWithAnyArgs().CreateAccessKeyAsync(default!);
        h.Outcomes("AccessKeys.Create").Should().Equal(AuditOutcomes.Invalid);
    }

    [Fact]
    public async Task SetStatusAsync_Deactivate_AuditedAsDeactivate()
    {
        var h = new CredentialsHarness();
        h.Iam.Configure().UpdateAccessKeyAsync(default!, default!, default!).ReturnsForAnyArgs(Task.CompletedTask);

        var result = await h.Keys.SetStatusAsync("alice", "AKIAOLD0000000000001", IamAccessKeyStatus.Inactive);

        result.Succeeded.Should().BeTrue();
        h.Outcomes("AccessKeys.Deactivate").Should().Equal(AuditOutcomes.Success);
    }

    [Fact]
    public async Task DeleteAsync_MalformedKeyId_RefusedAtField()
    {
        var h = new CredentialsHarness();

        var result = await h.Keys.DeleteAsync("alice", "not a key");

        result.Errors.Should().ContainKey(CredentialFields.AccessKeyId);
        _ = h.Iam.DidNotReceiveWithAnyArgs().DeleteAccessKeyAsync(default!, default!);
    }
}
