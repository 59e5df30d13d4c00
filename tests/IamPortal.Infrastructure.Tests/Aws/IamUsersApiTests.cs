using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Tests.Aws;

public sealed class IamUsersApiTests(IamTargetFixture target) : IClassFixture<IamTargetFixture>
{
    private readonly IIamClient _iam = target.Client();

    [Fact]
    public async Task ListUsersAsync_WholeAccount_MatchesAuthorizationDetails()
    {
        static IEnumerable<string> Stable(IEnumerable<string> names) => names.Where(n => !n.StartsWith("itest-", StringComparison.Ordinal));

        var users = await _iam.ListUsersAsync();
        var details = await _iam.GetAccountAuthorizationDetailsAsync([AuthorizationDetailsFilter.User]);

        Stable(users.Select(u => u.UserName)).Should().BeEquivalentTo(Stable(details.Users.Select(u => u.User.UserName)));
        users.Select(u => u.UserName).Should().OnlyHaveUniqueItems();
    }

    [SkippableFact]
    public async Task ListUsersAsync_WholeAccount_MatchesAccountSummaryCount()
    {
        target.RequireSandbox();
        var users = await _iam.ListUsersAsync();
        var summary = await _iam.GetAccountSummaryAsync();

        users.Should().HaveCount((int)summary["Users"]);
        users.Select(u => u.UserName).Should().OnlyHaveUniqueItems();
    }

    [SkippableFact]
    public async Task ListUsersAsync_SeededSandbox_ReturnsTheSeededUsers()
    {
        target.RequireSandbox();

        var users = await _iam.ListUsersAsync();

        users.Should().HaveCount(40);
        users.Should().OnlyContain(u => u.Arn.StartsWith("arn:aws:iam::123456789012:user/", StringComparison.Ordinal) && u.UserId.Length > 0);
    }

    [Fact]
    public async Task CreateUserAsync_WithPathBoundaryAndTags_RoundTripsThroughGetUser()
    {
        var name = TestNames.Unique("user");
        var path = $"/{TestNames.Unique("path")}/";
        try
        {
            var created = await _iam.CreateUserAsync(name, path, TestNames.ReadOnlyAccessArn, [new IamTag("team", "core"), new IamTag("cost center", "a/b+c")]);
            var fetched = await _iam.GetUserAsync(name);
            var byPrefix = await _iam.ListUsersAsync(path);

            created.UserName.Should().Be(name);
            created.Arn.Should().EndWith($":user{path}{name}");
            fetched.Path.Should().Be(path);
            fetched.PermissionsBoundaryArn.Should().Be(TestNames.ReadOnlyAccessArn);
            fetched.Tags.Should().BeEquivalentTo([new IamTag("team", "core"), new IamTag("cost center", "a/b+c")]);
            byPrefix.Select(u => u.UserName).Should().Equal(name);
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, name);
        }
    }

    [Fact]
    public async Task CreateUserAsync_SameNameDifferentCase_ThrowsEntityAlreadyExists()
    {
        var name = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(name);

            var act = () => _iam.CreateUserAsync(name.ToUpperInvariant());

            (await act.Should().ThrowAsync<EntityAlreadyExistsException>()).Which.HttpStatus.Should().Be(409);
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, name);
        }
    }

    [Fact]
    public async Task CreateUserAsync_InvalidName_ThrowsInvalidInput()
    {
        var act = () => _iam.CreateUserAsync("itest bad name!");

        var error = (await act.Should().ThrowAsync<InvalidInputException>()).Which;
        error.Code.Should().BeOneOf(IamErrorCodes.ValidationError, IamErrorCodes.InvalidInput);
        error.HttpStatus.Should().Be(400);
        error.RequestId.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task GetUserAsync_UnknownUser_ThrowsNoSuchEntity()
    {
        var act = () => _iam.GetUserAsync(TestNames.Unique("missing"));

        var error = (await act.Should().ThrowAsync<NoSuchEntityException>()).Which;
        error.HttpStatus.Should().Be(404);
        error.Message.Should().Contain("cannot be found");
    }

    [Fact]
    public async Task UpdateUserAsync_RenameAndMove_OldNameIsGone()
    {
        var name = TestNames.Unique("user");
        var renamed = name + "-renamed";
        try
        {
            await _iam.CreateUserAsync(name);

            await _iam.UpdateUserAsync(name, renamed, "/moved/");

            (await _iam.GetUserAsync(renamed)).Path.Should().Be("/moved/");
            await FluentActions.Awaiting(() => _iam.GetUserAsync(name)).Should().ThrowAsync<NoSuchEntityException>();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, renamed);
            await IamCleanup.DeleteUserAsync(_iam, name);
        }
    }

    [Fact]
    public async Task TagUserAsync_ThenUntag_ListUserTagsFollows()
    {
        var name = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(name, tags: [new IamTag("keep", "1")]);

            await _iam.TagUserAsync(name, [new IamTag("owner", "alice@example.com"), new IamTag("drop", "x")]);
            await _iam.UntagUserAsync(name, ["drop"]);

            (await _iam.ListUserTagsAsync(name)).Should().BeEquivalentTo([new IamTag("keep", "1"), new IamTag("owner", "alice@example.com")]);
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, name);
        }
    }

    [Fact]
    public async Task TagUserAsync_MoreThanFiftyTags_ThrowsLimitExceeded()
    {
        var name = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(name, tags: [.. Enumerable.Range(0, 50).Select(i => new IamTag($"k{i}", "v"))]);

            var act = () => _iam.TagUserAsync(name, [new IamTag("one-too-many", "v")]);

            await act.Should().ThrowAsync<LimitExceededException>();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, name);
        }
    }

    [Fact]
    public async Task PutUserPermissionsBoundaryAsync_ThenDelete_GetUserFollows()
    {
        var name = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(name);

            await _iam.PutUserPermissionsBoundaryAsync(name, TestNames.ReadOnlyAccessArn);
            var withBoundary = await _iam.GetUserAsync(name);
            await _iam.DeleteUserPermissionsBoundaryAsync(name);
            var withoutBoundary = await _iam.GetUserAsync(name);

            withBoundary.PermissionsBoundaryArn.Should().Be(TestNames.ReadOnlyAccessArn);
            withoutBoundary.PermissionsBoundaryArn.Should().BeNull();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, name);
        }
    }

    [Fact]
    public async Task DeleteUserAsync_WithAttachedPolicy_ThrowsDeleteConflict()
    {
        var name = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(name);
            await _iam.AttachUserPolicyAsync(name, TestNames.ReadOnlyAccessArn);

            var act = () => _iam.DeleteUserAsync(name);

            (await act.Should().ThrowAsync<DeleteConflictException>()).Which.HttpStatus.Should().Be(409);
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, name);
        }
    }

    [Fact]
    public async Task DeleteUserAsync_UnknownUser_ThrowsNoSuchEntity()
    {
        await FluentActions.Awaiting(() => _iam.DeleteUserAsync(TestNames.Unique("missing"))).Should().ThrowAsync<NoSuchEntityException>();
    }
}
