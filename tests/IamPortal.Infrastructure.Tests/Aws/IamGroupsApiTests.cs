using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Tests.Aws;

public sealed class IamGroupsApiTests(IamTargetFixture target) : IClassFixture<IamTargetFixture>
{
    private readonly IIamClient _iam = target.Client();

    [Fact]
    public async Task Group_CreateAddRenameRemoveDelete_ListsFollow()
    {
        var group = TestNames.Unique("group");
        var renamed = group + "-renamed";
        var user = TestNames.Unique("user");
        var path = $"/{TestNames.Unique("path")}/";
        try
        {
            await _iam.CreateUserAsync(user);
            var created = await _iam.CreateGroupAsync(group, path);
            await _iam.AddUserToGroupAsync(group, user);
            var byPrefix = await _iam.ListGroupsAsync(path);
            var withMembers = await _iam.GetGroupAsync(group);
            var forUser = await _iam.ListGroupsForUserAsync(user);

            await _iam.UpdateGroupAsync(group, renamed);
            var afterRename = await _iam.GetGroupAsync(renamed);
            await _iam.RemoveUserFromGroupAsync(renamed, user);
            var afterRemove = await _iam.GetGroupAsync(renamed);
            await _iam.DeleteGroupAsync(renamed);

            created.Arn.Should().EndWith($":group{path}{group}");
            byPrefix.Select(g => g.GroupName).Should().Equal(group);
            withMembers.Group.GroupId.Should().Be(created.GroupId);
            withMembers.Users.Select(u => u.UserName).Should().Equal(user);
            forUser.Select(g => g.GroupName).Should().Equal(group);
            afterRename.Users.Select(u => u.UserName).Should().Equal(user);
            afterRemove.Users.Should().BeEmpty();
            await FluentActions.Awaiting(() => _iam.GetGroupAsync(renamed)).Should().ThrowAsync<NoSuchEntityException>();
        }
        finally
        {
            await IamCleanup.DeleteGroupAsync(_iam, group);
            await IamCleanup.DeleteGroupAsync(_iam, renamed);
            await IamCleanup.DeleteUserAsync(_iam, user);
        }
    }

    [Fact]
    public async Task GetGroupAsync_MoreMembersThanPageSize_ReturnsEveryMember()
    {
        var paged = target.PagedClient(2);
        var group = TestNames.Unique("group");
        var users = Enumerable.Range(0, 5).Select(i => TestNames.Unique($"member{i}")).ToList();
        try
        {
            await _iam.CreateGroupAsync(group);
            foreach (var user in users)
            {
                await _iam.CreateUserAsync(user);
                await _iam.AddUserToGroupAsync(group, user);
            }

            var result = await paged.GetGroupAsync(group);

            result.Users.Select(u => u.UserName).Should().BeEquivalentTo(users);
        }
        finally
        {
            await IamCleanup.DeleteGroupAsync(_iam, group);
            foreach (var user in users) await IamCleanup.DeleteUserAsync(_iam, user);
        }
    }

    [Fact]
    public async Task CreateGroupAsync_Twice_ThrowsEntityAlreadyExists()
    {
        var group = TestNames.Unique("group");
        try
        {
            await _iam.CreateGroupAsync(group);

            await FluentActions.Awaiting(() => _iam.CreateGroupAsync(group)).Should().ThrowAsync<EntityAlreadyExistsException>();
        }
        finally
        {
            await IamCleanup.DeleteGroupAsync(_iam, group);
        }
    }

    [Fact]
    public async Task DeleteGroupAsync_WithMember_ThrowsDeleteConflict()
    {
        var group = TestNames.Unique("group");
        var user = TestNames.Unique("user");
        try
        {
            await _iam.CreateGroupAsync(group);
            await _iam.CreateUserAsync(user);
            await _iam.AddUserToGroupAsync(group, user);

            await FluentActions.Awaiting(() => _iam.DeleteGroupAsync(group)).Should().ThrowAsync<DeleteConflictException>();
        }
        finally
        {
            await IamCleanup.DeleteGroupAsync(_iam, group);
            await IamCleanup.DeleteUserAsync(_iam, user);
        }
    }

    [Fact]
    public async Task AddUserToGroupAsync_EleventhGroup_ThrowsLimitExceeded()
    {
        var user = TestNames.Unique("user");
        var groups = Enumerable.Range(0, 11).Select(i => TestNames.Unique($"g{i}")).ToList();
        try
        {
            await _iam.CreateUserAsync(user);
            foreach (var group in groups) await _iam.CreateGroupAsync(group);
            foreach (var group in groups.Take(10)) await _iam.AddUserToGroupAsync(group, user);

            await FluentActions.Awaiting(() => _iam.AddUserToGroupAsync(groups[10], user)).Should().ThrowAsync<LimitExceededException>();
        }
        finally
        {
            foreach (var group in groups) await IamCleanup.DeleteGroupAsync(_iam, group);
            await IamCleanup.DeleteUserAsync(_iam, user);
        }
    }

    [Fact]
    public async Task AddUserToGroupAsync_UnknownGroup_ThrowsNoSuchEntity()
    {
        var user = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(user);

            await FluentActions.Awaiting(() => _iam.AddUserToGroupAsync(TestNames.Unique("missing"), user)).Should().ThrowAsync<NoSuchEntityException>();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, user);
        }
    }

    [Fact]
    public async Task ListGroupsForUserAsync_UnknownUser_ThrowsNoSuchEntity()
    {
        await FluentActions.Awaiting(() => _iam.ListGroupsForUserAsync(TestNames.Unique("missing"))).Should().ThrowAsync<NoSuchEntityException>();
    }
}
