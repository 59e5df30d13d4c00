using IamPortal.Application.Iam;
using IamPortal.Application.Tests.Fakes;
using IamPortal.Application.Users;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Users;

public class UserDetailServiceTests
{
    private static readonly IamUser Alice = Sample.UserDetail("alice").User;

    private static UserDetailService Service(IIamClient iam) => new(iam, iam, iam, iam, iam, new FakeOperator(), new FakeTimeProvider(Sample.Now));

    [Fact]
    public async Task GetAsync_UnknownUser_ReturnsNullWithoutFurtherCalls()
    {
        var iam = Substitute.For<IIamClient>();
        iam.Configure().GetUserAsync(default!).ThrowsAsyncForAnyArgs(new NoSuchEntityException("The user with name ghost cannot be found."));

        var view = await Service(iam).GetAsync("ghost");

        view.Should().BeNull();
        iam.CallNames().Should().Equal(nameof(IIamClient.GetUserAsync));
    }

    [Fact]
    public async Task GetAsync_UserWithKey_ReadsKeyLastUseAndAge()
    {
        var iam = Substitute.For<IIamClient>().AnsweringEmptyUser(Alice);
        var key = new IamAccessKey("alice", "AKIAEXAMPLE000000001", IamAccessKeyStatus.Active, Sample.Now.AddDays(-120));
        iam.Configure().ListAccessKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAccessKey>)[key]);
        iam.Configure().GetAccessKeyLastUsedAsync(default!).ReturnsForAnyArgs(_ => new IamAccessKeyLastUsed("alice", key.AccessKeyId, Sample.Now.AddDays(-1), "s3", "eu-west-1"));

        var view = await Service(iam).GetAsync("alice");

        view!.LoginProfile.Should().Be(SectionRead.Of<IamLoginProfile?>(null), "no console password is a read that succeeded");
        view.AccessKeys.Value.Should().ContainSingle().Which.Should().BeEquivalentTo(new { AgeDays = 120, LastUsedError = (string?)null });
        view.AccessKeys.Value![0].LastUsed!.ServiceName.Should().Be("s3");
        view.FailedSections.Should().BeEmpty();
    }

    [Fact]
    public async Task GetAsync_ServiceSpecificCredentialsDenied_ThatSectionSaysWhyWithoutTryAgainAndTheRestIsRead()
    {
        var iam = Substitute.For<IIamClient>().AnsweringEmptyUser(Alice);
        iam.Configure().ListUserTagsAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamTag>)[new IamTag("team", "payments")]);
        iam.Configure().ListServiceSpecificCredentialsAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.Denied("ListServiceSpecificCredentials"));

        var view = await Service(iam).GetAsync("alice");

        view!.ServiceSpecificCredentials.Succeeded.Should().BeFalse();
        view.ServiceSpecificCredentials.ErrorCode.Should().Be(IamErrorCodes.AccessDenied);
        view.ServiceSpecificCredentials.Error.Should().Contain("not allowed").And.Contain("iam:ListServiceSpecificCredentials")
            .And.NotContainEquivalentOf("try again", "AccessDenied repeats on every attempt");
        view.FailedSections.Should().Equal(["service-specific credentials"], "every other section was read");
        view.Tags.Value.Should().ContainSingle(t => t.Key == "team");
    }

    [Fact]
    public async Task GetAsync_GroupsServerError_OnlyGroupsFailedAndItsMessageSaysTryAgain()
    {
        var iam = Substitute.For<IIamClient>().AnsweringEmptyUser(Alice);
        iam.Configure().ListGroupsForUserAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.ServiceFailure());

        var view = await Service(iam).GetAsync("alice");

        view!.FailedSections.Should().Equal("groups");
        view.Groups.Error.Should().Contain("IAM had an internal error; try again.");
    }

    [Fact]
    public async Task GetAsync_KeyLastUseDenied_KeysListedWithTheirLastUseUnknown()
    {
        var iam = Substitute.For<IIamClient>().AnsweringEmptyUser(Alice);
        var key = new IamAccessKey("alice", "AKIAEXAMPLE000000001", IamAccessKeyStatus.Active, Sample.Now.AddDays(-10));
        iam.Configure().ListAccessKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAccessKey>)[key]);
        iam.Configure().GetAccessKeyLastUsedAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.Denied("GetAccessKeyLastUsed"));

        var view = await Service(iam).GetAsync("alice");

        view!.AccessKeys.Succeeded.Should().BeTrue();
        var listed = view.AccessKeys.Value.Should().ContainSingle().Subject;
        listed.LastUsed.Should().BeNull();
        listed.LastUsedError.Should().Contain("not allowed");
    }

    [Fact]
    public async Task GetAsync_GetUserDenied_FailsTheWholePage()
    {
        var iam = Substitute.For<IIamClient>().AnsweringEmptyUser(Alice);
        iam.Configure().GetUserAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.Denied("GetUser"));

        var act = () => Service(iam).GetAsync("alice");

        await act.Should().ThrowAsync<IamAccessDeniedException>();
        iam.CallNames().Should().Equal(nameof(IIamClient.GetUserAsync));
    }
}
