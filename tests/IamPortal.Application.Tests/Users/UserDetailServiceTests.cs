using IamPortal.Application.Iam;
using IamPortal.Application.Tests.Fakes;
using IamPortal.Application.Users;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Users;

public class UserDetailServiceTests
{
    [Fact]
    public async Task GetAsync_UnknownUser_ReturnsNullWithoutFurtherCalls()
    {
        var iam = Substitute.For<IIamClient>();
        iam.Configure().GetUserAsync(default!).ThrowsAsyncForAnyArgs(new NoSuchEntityException("The user with name ghost cannot be found."));
        var service = new UserDetailService(iam, iam, iam, iam, iam, new FakeOperator(), new FakeTimeProvider(Sample.Now));

        var view = await service.GetAsync("ghost");

        view.Should().BeNull();
        iam.CallNames().Should().Equal(nameof(IIamClient.GetUserAsync));
    }

    [Fact]
    public async Task GetAsync_UserWithKey_ReadsKeyLastUseAndAge()
    {
        var iam = Substitute.For<IIamClient>();
        var user = Sample.UserDetail("alice").User;
        var key = new IamAccessKey("alice", "AKIAEXAMPLE000000001", IamAccessKeyStatus.Active, Sample.Now.AddDays(-120));
        iam.Configure().GetUserAsync(default!).ReturnsForAnyArgs(_ => user);
        iam.Configure().ListUserTagsAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamTag>)[]);
        iam.Configure().ListGroupsForUserAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamGroup>)[]);
        iam.Configure().ListAttachedUserPoliciesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAttachedPolicy>)[]);
        iam.Configure().ListUserPoliciesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<string>)[]);
        iam.Configure().GetLoginProfileAsync(default!).ReturnsForAnyArgs(_ => (IamLoginProfile?)null);
        iam.Configure().ListAccessKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAccessKey>)[key]);
        iam.Configure().GetAccessKeyLastUsedAsync(default!).ReturnsForAnyArgs(_ => new IamAccessKeyLastUsed("alice", key.AccessKeyId, Sample.Now.AddDays(-1), "s3", "eu-west-1"));
        iam.Configure().ListMfaDevicesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamMfaDevice>)[]);
        iam.Configure().ListSigningCertificatesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamSigningCertificate>)[]);
        iam.Configure().ListSshPublicKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamSshPublicKey>)[]);
        iam.Configure().ListServiceSpecificCredentialsAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamServiceSpecificCredential>)[]);
        var service = new UserDetailService(iam, iam, iam, iam, iam, new FakeOperator(), new FakeTimeProvider(Sample.Now));

        var view = await service.GetAsync("alice");

        view!.LoginProfile.Should().BeNull();
        view.AccessKeys.Should().ContainSingle().Which.Should().BeEquivalentTo(new { AgeDays = 120 });
        view.AccessKeys[0].LastUsed!.ServiceName.Should().Be("s3");
    }
}
