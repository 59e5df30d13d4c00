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
        var (client, fake) = FakeIam.Create();
        fake.Throw(nameof(IIamClient.GetUserAsync), new NoSuchEntityException("The user with name ghost cannot be found."));
        var service = new UserDetailService(client, client, client, client, client, new FakeOperator(), new FakeTimeProvider(Sample.Now));

        var view = await service.GetAsync("ghost");

        view.Should().BeNull();
        fake.Calls.Should().Equal(nameof(IIamClient.GetUserAsync));
    }

    [Fact]
    public async Task GetAsync_UserWithKey_ReadsKeyLastUseAndAge()
    {
        var (client, fake) = FakeIam.Create();
        var user = Sample.UserDetail("alice").User;
        var key = new IamAccessKey("alice", "AKIAEXAMPLE000000001", IamAccessKeyStatus.Active, Sample.Now.AddDays(-120));
        fake.On(nameof(IIamClient.GetUserAsync), _ => user)
            .On(nameof(IIamClient.ListUserTagsAsync), _ => (IReadOnlyList<IamTag>)[])
            .On(nameof(IIamClient.ListGroupsForUserAsync), _ => (IReadOnlyList<IamGroup>)[])
            .On(nameof(IIamClient.ListAttachedUserPoliciesAsync), _ => (IReadOnlyList<IamAttachedPolicy>)[])
            .On(nameof(IIamClient.ListUserPoliciesAsync), _ => (IReadOnlyList<string>)[])
            .On(nameof(IIamClient.GetLoginProfileAsync), _ => (IamLoginProfile?)null)
            .On(nameof(IIamClient.ListAccessKeysAsync), _ => (IReadOnlyList<IamAccessKey>)[key])
            .On(nameof(IIamClient.GetAccessKeyLastUsedAsync), _ => new IamAccessKeyLastUsed("alice", key.AccessKeyId, Sample.Now.AddDays(-1), "s3", "eu-west-1"))
            .On(nameof(IIamClient.ListMfaDevicesAsync), _ => (IReadOnlyList<IamMfaDevice>)[])
            .On(nameof(IIamClient.ListSigningCertificatesAsync), _ => (IReadOnlyList<IamSigningCertificate>)[])
            .On(nameof(IIamClient.ListSshPublicKeysAsync), _ => (IReadOnlyList<IamSshPublicKey>)[])
            .On(nameof(IIamClient.ListServiceSpecificCredentialsAsync), _ => (IReadOnlyList<IamServiceSpecificCredential>)[]);
        var service = new UserDetailService(client, client, client, client, client, new FakeOperator(), new FakeTimeProvider(Sample.Now));

        var view = await service.GetAsync("alice");

        view!.LoginProfile.Should().BeNull();
        view.AccessKeys.Should().ContainSingle().Which.Should().BeEquivalentTo(new { AgeDays = 120 });
        view.AccessKeys[0].LastUsed!.ServiceName.Should().Be("s3");
    }
}
