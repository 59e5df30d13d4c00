using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Groups;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Tests.Groups;

public sealed class GroupCommandsTests
{
    [Theory]
    [InlineData("", "/", GroupFields.GroupName)]
    [InlineData("has space", "/", GroupFields.GroupName)]
    [InlineData("ok-name", "no-slashes", GroupFields.Path)]
    public async Task CreateAsync_BreaksIamRules_FieldErrorAndNoCall(string name, string path, string field)
    {
        var h = new GroupsHarness();
        var result = await h.Commands.CreateAsync(name, path);
        result.Status.Should().Be(CommandStatus.Invalid);
        result.Errors.Should().ContainKey(field);
        await h.Iam.DidNotReceiveWithAnyArgs().CreateGroupAsync(default!, default, default);
    }

    [Fact]
    public async Task CreateAsync_NameTakenIgnoringCase_FieldErrorNamesTheGroup()
    {
        var h = new GroupsHarness();
        h.AddGroup("Developers");
        var result = await h.Commands.CreateAsync("developers", "/");
        result.Errors[GroupFields.GroupName].Should().Contain("Developers").And.Contain("case-insensitive");
        await h.Iam.DidNotReceiveWithAnyArgs().CreateGroupAsync(default!, default, default);
    }

    [Fact]
    public async Task CreateAsync_Valid_CreatesAuditsAndDropsTheInventory()
    {
        var h = new GroupsHarness();
        h.Iam.CreateGroupAsync("team-a", "/eng/", default).Returns(GroupsHarness.Group("team-a", "/eng/"));
        var result = await h.Commands.CreateAsync(" team-a ", "/eng/");
        result.Succeeded.Should().BeTrue();
        result.Value!.Path.Should().Be("/eng/");
        h.AuditActions().Should().Contain(AuditActions.CreateGroup);
        await h.Inventory.Received().InvalidateAsync(Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task CreateAsync_Auditor_Denied()
    {
        var h = new GroupsHarness(PortalRole.Auditor);
        (await h.Commands.CreateAsync("team-a", "/")).Status.Should().Be(CommandStatus.Denied);
    }

    [Fact]
    public async Task AddMembersAsync_UserAtTheLiveGroupsQuota_RefusedBeforeTheCallOthersAdded()
    {
        var h = new GroupsHarness();
        h.AddGroup("team-a");
        h.AddUser("full", Enumerable.Range(1, 10).Select(i => $"g{i}").ToArray());
        h.AddUser("room", "g1");
        h.AddUser("member", "team-a");
        var result = await h.Commands.AddMembersAsync("team-a", ["full", "room", "member", "ghost"]);
        var byUser = result.Value!.Changes.ToDictionary(c => c.UserName);
        byUser["full"].Status.Should().Be(MemberChangeStatus.Refused);
        byUser["full"].Message.Should().Contain("at most 10 groups");
        byUser["room"].Status.Should().Be(MemberChangeStatus.Done);
        byUser["member"].Status.Should().Be(MemberChangeStatus.AlreadyDone);
        byUser["ghost"].Status.Should().Be(MemberChangeStatus.Refused);
        await h.Iam.Received(1).AddUserToGroupAsync("team-a", "room", Arg.Any<CancellationToken>());
        await h.Iam.DidNotReceive().AddUserToGroupAsync("team-a", "full", Arg.Any<CancellationToken>());
        await h.Inventory.Received().UserChangedAsync("room", Arg.Any<CancellationToken>());
        h.AuditActions().Should().Contain(AuditActions.AddToGroup);
    }

    [Fact]
    public async Task AddMembersAsync_LowerLiveQuota_IsTheLimit()
    {
        var h = new GroupsHarness();
        h.Quotas.LiveAsync(QuotaKeys.GroupsPerUser, default).ReturnsForAnyArgs(2);
        h.AddGroup("team-a");
        h.AddUser("two", "g1", "g2");
        var result = await h.Commands.AddMembersAsync("team-a", ["two"]);
        result.Value!.Changes.Single().Message.Should().Contain("at most 2 groups");
    }

    [Fact]
    public async Task AddMembersAsync_IamRefusesOne_FailedWithPlainWordsForThatUser()
    {
        var h = new GroupsHarness();
        h.AddGroup("team-a");
        h.AddUser("a");
        h.AddUser("b");
        h.Iam.AddUserToGroupAsync("team-a", "a", Arg.Any<CancellationToken>()).Returns(Task.FromException(new LimitExceededException("Cannot exceed quota for GroupsPerUser: 10")));
        var result = await h.Commands.AddMembersAsync("team-a", ["a", "b"]);
        result.Value!.Changes.Single(c => c.UserName == "a").Status.Should().Be(MemberChangeStatus.Failed);
        result.Value.Changes.Single(c => c.UserName == "b").Status.Should().Be(MemberChangeStatus.Done);
    }

    [Fact]
    public async Task RemoveMembersAsync_MemberAndNonMember_RemovesOnlyTheMember()
    {
        var h = new GroupsHarness();
        h.AddGroup("team-a");
        h.AddUser("in", "team-a");
        h.AddUser("out");
        var result = await h.Commands.RemoveMembersAsync("team-a", ["in", "out"]);
        result.Value!.Changes.Single(c => c.UserName == "in").Status.Should().Be(MemberChangeStatus.Done);
        result.Value.Changes.Single(c => c.UserName == "out").Status.Should().Be(MemberChangeStatus.AlreadyDone);
        await h.Iam.Received(1).RemoveUserFromGroupAsync("team-a", "in", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task UpdateAsync_NewNameTakenByAnother_FieldError()
    {
        var h = new GroupsHarness();
        h.AddGroup("team-a");
        h.AddGroup("team-b");
        var result = await h.Commands.UpdateAsync("team-a", "TEAM-B", "/");
        result.Errors.Should().ContainKey(GroupFields.GroupName);
        await h.Iam.DidNotReceiveWithAnyArgs().UpdateGroupAsync(default!, default, default, default);
    }

    [Fact]
    public async Task UpdateAsync_NewPathOnly_SendsOnlyThePath()
    {
        var h = new GroupsHarness();
        h.AddGroup("team-a");
        h.Iam.GetGroupAsync("team-a", default).Returns(new IamGroupWithMembers(GroupsHarness.Group("team-a", "/eng/"), []));
        var result = await h.Commands.UpdateAsync("team-a", "team-a", "/eng/");
        result.Succeeded.Should().BeTrue();
        await h.Iam.Received(1).UpdateGroupAsync("team-a", null, "/eng/", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task FindReferencesAsync_ManagedGroupInlineAndUserInline_AllFound()
    {
        var h = new GroupsHarness();
        var arn = $"{GroupsHarness.Account}:group/team-a";
        var doc = $$"""{"Statement":[{"Effect":"Allow","Action":"iam:AddUserToGroup","Resource":"{{arn}}"}]}""";
        h.AddGroup("team-a");
        h.AddGroup("admins", inline: [new IamInlinePolicy("manage-team-a", doc)]);
        var policy = new IamManagedPolicy("TeamAManager", "ANPA1", $"{GroupsHarness.Account}:policy/TeamAManager", "/", "v2", 0, 0, true, null, Fakes.Sample.Now, Fakes.Sample.Now);
        h.Policies.Add(new IamPolicyWithVersions(policy, [new IamPolicyVersion("v1", false, Fakes.Sample.Now, "{}"), new IamPolicyVersion("v2", true, Fakes.Sample.Now, doc)]));
        h.Iam.GetAccountAuthorizationDetailsAsync(default, default).ReturnsForAnyArgs(new IamAccountAuthorizationDetails(
            [Fakes.Sample.UserDetail("lead") with { InlinePolicies = [new IamInlinePolicy("own-team", doc)] }], [], []));
        var found = await h.Commands.FindReferencesAsync("team-a");
        found.Select(f => f.Describe()).Should().BeEquivalentTo(
            "Customer managed policy TeamAManager", "Inline policy manage-team-a of group admins", "Inline policy own-team of user lead");
    }
}
