using IamPortal.Application.Iam;
using IamPortal.Sandbox;

namespace IamPortal.Infrastructure.Tests.Aws;

public sealed class StsClientTests(IamTargetFixture target) : IClassFixture<IamTargetFixture>
{
    [Fact]
    public async Task GetCallerIdentityAsync_OperatorKeys_ReturnsTheCaller()
    {
        var identity = await target.Sts().GetCallerIdentityAsync();

        identity.Account.Should().MatchRegex("^[0-9]{12}$");
        identity.Arn.Should().StartWith("arn:aws");
        identity.UserId.Should().NotBeNullOrEmpty();
    }

    [SkippableFact]
    public async Task GetCallerIdentityAsync_Sandbox_ReturnsTheOperatorRole()
    {
        target.RequireSandbox();

        var identity = await target.Sts().GetCallerIdentityAsync();

        identity.Should().Be(new CallerIdentity(SandboxAccount.AccountId, SandboxAccount.OperatorRoleArn, SandboxAccount.OperatorUserId));
    }

    [SkippableFact]
    public async Task GetAccessKeyInfoAsync_OperatorsOwnKey_NamesTheAccount()
    {
        target.RequireSandbox();

        var account = await target.Sts().GetAccessKeyInfoAsync(SandboxAccount.OperatorAccessKeyId);

        account.Should().Be(SandboxAccount.AccountId);
    }

    [SkippableFact]
    public async Task GetAccessKeyInfoAsync_NotAKeyId_ThrowsStsValidationError()
    {
        target.RequireSandbox();

        var act = () => target.Sts().GetAccessKeyInfoAsync("not-a-key-id-at-all");

        (await act.Should().ThrowAsync<InvalidInputException>()).Which.Code.Should().Be(IamErrorCodes.ValidationError);
    }

    [Fact]
    public async Task GetCallerIdentityAsync_WrongSecret_ThrowsSignatureDoesNotMatch()
    {
        var sts = target.Sts(target.Connection(secret: "wrong-secret-wrong-secret-wrong-secret00"));

        (await FluentActions.Awaiting(() => sts.GetCallerIdentityAsync()).Should().ThrowAsync<IamException>())
            .Which.Code.Should().Be(IamErrorCodes.SignatureDoesNotMatch);
    }

    [Fact]
    public async Task GetCallerIdentityAsync_NothingListening_ThrowsEndpointUnreachable()
    {
        var sts = target.Sts(target.Connection(endpoint: new Uri("http://127.0.0.1:1/")));

        (await FluentActions.Awaiting(() => sts.GetCallerIdentityAsync()).Should().ThrowAsync<IamException>())
            .Which.Code.Should().Be(IamErrorCodes.EndpointUnreachable);
    }

    [SkippableFact]
    public void AddInfrastructure_SandboxOverride_ExposesTheConnection()
    {
        target.RequireSandbox();

        var info = target.ConnectionInfo();

        info.IsSandbox.Should().BeTrue();
        info.CredentialSource.Should().Be("Sandbox operator keys");
        info.Endpoint.Should().Be(target.Endpoint.ToString());
        info.Region.Should().Be("us-east-1");
        info.Warning.Should().BeNull();
    }
}
