using IamPortal.Application.Commands;
using IamPortal.Application.Groups;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Tests.Fakes;
using Kinds = IamPortal.Application.Groups.GroupStepKinds;

namespace IamPortal.Application.Tests.Groups;

public sealed class GroupJobsTests
{
    private static readonly IamAttachedPolicy ReadOnly = new("ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess");
    private static readonly IamInlinePolicy Inline = new("list-buckets", """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}""");

    private static GroupsHarness WithGroupToDelete()
    {
        var h = new GroupsHarness();
        h.AddGroup("team-a");
        h.Iam.GetGroupAsync("team-a", default).Returns(
            new IamGroupWithMembers(GroupsHarness.Group("team-a"), [new IamUser("alice", "AIDA1", $"{GroupsHarness.Account}:user/alice", "/", Sample.Now)]),
            new IamGroupWithMembers(GroupsHarness.Group("team-a"), [new IamUser("alice", "AIDA1", $"{GroupsHarness.Account}:user/alice", "/", Sample.Now)]));
        h.Iam.ListAttachedGroupPoliciesAsync("team-a", default).Returns([ReadOnly]);
        h.Iam.ListGroupPoliciesAsync("team-a", default).Returns(["inline-one"]);
        return h;
    }

    [Fact]
    public async Task PlanAsync_GroupWithMemberPolicyAndInline_StepsInIamsOrder()
    {
        var plan = (await WithGroupToDelete().Deletion.PlanAsync("team-a")).Value!;
        plan.Steps.Select(s => s.Kind).Should().Equal(Kinds.RemoveMember, Kinds.DetachGroupPolicy, Kinds.DeleteGroupPolicy, Kinds.DeleteGroup, Kinds.ConfirmGroupGone);
        plan.Members.Should().Equal("alice");
        plan.Steps[0].Description.Should().Be("Remove alice from team-a");
    }

    [Fact]
    public async Task StartAsync_Deletion_EveryStepDoneAndConfirmedGone()
    {
        var h = WithGroupToDelete();
        // One read for the plan, then GetGroup answers NoSuchEntity once the group is deleted.
        h.Iam.GetGroupAsync("team-a", default).Returns(
            _ => new IamGroupWithMembers(GroupsHarness.Group("team-a"), []), _ => throw new NoSuchEntityException("The group with name team-a cannot be found."));
        var result = await h.Deletion.StartAsync("team-a");
        result.Succeeded.Should().BeTrue(result.Error);
        result.Value!.Job.Status.Should().Be(JobStatus.Succeeded);
        Received.InOrder(() =>
        {
            h.Iam.DetachGroupPolicyAsync("team-a", ReadOnly.PolicyArn, Arg.Any<CancellationToken>());
            h.Iam.DeleteGroupPolicyAsync("team-a", "inline-one", Arg.Any<CancellationToken>());
            h.Iam.DeleteGroupAsync("team-a", Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task StartAsync_DeleteConflict_JobStopsSayingWhatToDoAndResumes()
    {
        var h = WithGroupToDelete();
        h.Iam.DeleteGroupAsync("team-a", Arg.Any<CancellationToken>()).Returns(Task.FromException(new DeleteConflictException("Cannot delete entity, must remove users from group first.")));
        var result = await h.Deletion.StartAsync("team-a");
        result.Status.Should().Be(CommandStatus.Failed);
        result.Value!.Job.FailedStep!.Kind.Should().Be(Kinds.DeleteGroup);
        result.Value.Job.FailedStep.Error.Should().Contain("start the deletion again");

        h.Iam.DeleteGroupAsync("team-a", Arg.Any<CancellationToken>()).Returns(Task.CompletedTask);
        h.Iam.GetGroupAsync("team-a", default).Returns(Task.FromException<IamGroupWithMembers>(new NoSuchEntityException("gone")));
        var resumed = await h.Deletion.ResumeAsync(result.Value.Job.Id);
        resumed.Value!.Job.Status.Should().Be(JobStatus.Succeeded);
        await h.Iam.Received(1).RemoveUserFromGroupAsync("team-a", "alice", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task StartAsync_SecondDeletionWhileTheFirstIsUnfinished_Conflict()
    {
        var h = WithGroupToDelete();
        h.Iam.DeleteGroupAsync("team-a", Arg.Any<CancellationToken>()).Returns(Task.FromException(new DeleteConflictException("x")));
        await h.Deletion.StartAsync("team-a");
        var second = await h.Deletion.StartAsync("team-a");
        second.Conflict.Should().NotBeNull();
    }

    [Fact]
    public void GroupSteps_NewGroupManagedMode_CreatesPolicyWithKnownArnAndAttachesIt()
    {
        var direct = new DirectPermissions([ReadOnly], [Inline]);
        var policies = MoveToGroupPlanner.NewPolicies("team-a", direct, $"{GroupsHarness.Account}:user/eng/alice", ["team-a-list-buckets"]);
        policies.Single().PolicyName.Should().Be("team-a-list-buckets-2", "the first name is taken");
        policies.Single().Arn.Should().Be($"{GroupsHarness.Account}:policy/team-a-list-buckets-2");
        var steps = MoveToGroupPlanner.GroupSteps("team-a", "/", direct, InlineCopyMode.ManagedPolicy, policies);
        steps.Select(s => s.Kind).Should().Equal(Kinds.CreateGroup, Kinds.AttachGroupPolicy, Kinds.CreatePolicy, Kinds.AttachGroupPolicy);
        steps[^1].Input.As<GroupPolicyInput>().PolicyArn.Should().Be(policies[0].Arn);
    }

    [Fact]
    public void UserSteps_JoinBeforeAnythingIsRemoved()
    {
        var steps = MoveToGroupPlanner.UserSteps("alice", "team-a", new DirectPermissions([ReadOnly], [Inline]));
        steps.Select(s => s.Kind).Should().Equal(Kinds.AddMember, Kinds.DetachUserPolicy, Kinds.DeleteUserPolicy, Kinds.ConfirmNoDirectPolicies);
        MoveToGroupPlanner.GroupSteps("existing", null, new DirectPermissions([ReadOnly], []), InlineCopyMode.GroupInline, []).Should().BeEmpty();
    }

    [Fact]
    public void GrantedExactlyBy_SameDocumentOtherWhitespaceAndName_True()
    {
        var direct = new DirectPermissions([ReadOnly], [Inline]);
        var reformatted = new IamInlinePolicy("other-name", System.Text.Json.Nodes.JsonNode.Parse(Inline.Document)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        direct.GrantedExactlyBy(new IamGroupDetail(GroupsHarness.Group("g"), [ReadOnly], [reformatted])).Should().BeTrue();
        direct.GrantedExactlyBy(new IamGroupDetail(GroupsHarness.Group("g"), [ReadOnly], [])).Should().BeFalse();
    }

    [Fact]
    public async Task GetOptionsAsync_ExistingGroupGrantsExactlyTheSame_Suggested()
    {
        var h = new GroupsHarness();
        h.AddUser("alice");
        h.DirectPolicies("alice", [ReadOnly], Inline);
        h.AddGroup("exact", [ReadOnly], [Inline]);
        h.AddGroup("managed-only", [ReadOnly]);
        var options = (await h.Move.GetOptionsAsync(["alice"])).Value!;
        options.MatchingGroups.Should().Equal("exact");
    }

    [Fact]
    public async Task StartAsync_NewGroupInlineMode_SamePermissionsThroughTheGroupNoneDirect()
    {
        var h = new GroupsHarness();
        h.AddUser("alice");
        h.DirectPolicies("alice", [ReadOnly], Inline);
        h.Iam.ListGroupsForUserAsync("alice", Arg.Any<CancellationToken>()).Returns([GroupsHarness.Group("team-a")]);
        // Once the job detached and deleted them, IAM answers no direct policy.
        h.Iam.When(i => i.DeleteUserPolicyAsync("alice", Inline.PolicyName, Arg.Any<CancellationToken>())).Do(_ =>
        {
            h.Iam.ListAttachedUserPoliciesAsync("alice", Arg.Any<CancellationToken>()).Returns([]);
            h.Iam.ListUserPoliciesAsync("alice", Arg.Any<CancellationToken>()).Returns([]);
        });
        var result = await h.Move.StartAsync(new MoveToGroupRequest(["alice"], null, "team-a", "/"));
        result.Succeeded.Should().BeTrue(result.Error);
        result.Value!.Single().Job.Status.Should().Be(JobStatus.Succeeded);
        Received.InOrder(() =>
        {
            h.Iam.CreateGroupAsync("team-a", "/", Arg.Any<CancellationToken>());
            h.Iam.AttachGroupPolicyAsync("team-a", ReadOnly.PolicyArn, Arg.Any<CancellationToken>());
            h.Iam.PutGroupPolicyAsync("team-a", Inline.PolicyName, Inline.Document, Arg.Any<CancellationToken>());
            h.Iam.AddUserToGroupAsync("team-a", "alice", Arg.Any<CancellationToken>());
            h.Iam.DetachUserPolicyAsync("alice", ReadOnly.PolicyArn, Arg.Any<CancellationToken>());
            h.Iam.DeleteUserPolicyAsync("alice", Inline.PolicyName, Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task StartAsync_UsersWithDifferentDirectSets_InvalidNamingThemNothingCalled()
    {
        var h = new GroupsHarness();
        h.AddUser("alice");
        h.AddUser("bob");
        h.DirectPolicies("alice", [ReadOnly]);
        h.DirectPolicies("bob", [new IamAttachedPolicy("PowerUserAccess", "arn:aws:iam::aws:policy/PowerUserAccess")]);
        var result = await h.Move.StartAsync(new MoveToGroupRequest(["alice", "bob"], null, "team-a"));
        result.Errors[MoveFields.Users].Should().Contain("bob").And.Contain("different direct policies");
        await h.Iam.DidNotReceiveWithAnyArgs().CreateGroupAsync(default!, default, default);
    }

    [Fact]
    public async Task StartAsync_ExistingGroupNotExactlyTheSame_FieldError()
    {
        var h = new GroupsHarness();
        h.AddUser("alice");
        h.DirectPolicies("alice", [ReadOnly]);
        h.AddGroup("other");
        var result = await h.Move.StartAsync(new MoveToGroupRequest(["alice"], "other"));
        result.Errors.Should().ContainKey(MoveFields.ExistingGroup);
    }

    [Fact]
    public async Task StartAsync_BulkSameSet_OneJobPerUserGroupCreatedOnce()
    {
        var h = new GroupsHarness();
        foreach (var user in new[] { "alice", "bob" })
        {
            h.AddUser(user);
            h.DirectPolicies(user, [ReadOnly]);
        }
        h.Iam.CreateGroupAsync("team-a", "/", Arg.Any<CancellationToken>()).Returns(Task.FromResult(GroupsHarness.Group("team-a")),
            Task.FromException<IamGroup>(new EntityAlreadyExistsException("Group with name team-a already exists.")));
        h.Iam.ListGroupsForUserAsync(default!, default).ReturnsForAnyArgs([GroupsHarness.Group("team-a")]);
        h.Iam.ListAttachedUserPoliciesAsync(default!, default).ReturnsForAnyArgs([ReadOnly], [ReadOnly], []);
        var result = await h.Move.StartAsync(new MoveToGroupRequest(["alice", "bob"], null, "team-a"));
        result.Value!.Select(r => r.Job.Target).Should().Equal("alice", "bob");
        result.Value!.Select(r => r.Job.Steps[0].Status).Should().AllBeEquivalentTo(StepStatus.Succeeded, "the second job's CreateGroup finds the group there and counts it done");
    }

    [Fact]
    public async Task ListAsync_MembersFromUserRowsQuotaAndRisk()
    {
        var h = new GroupsHarness();
        h.AddGroup("team-a", [ReadOnly]);
        h.AddGroup("empty");
        h.AddUser("alice", "team-a");
        h.AddUser("bob", "TEAM-A");
        h.Risk.ForGroupAsync("team-a", Arg.Any<CancellationToken>()).Returns(new RiskReport([new RiskFinding(RiskCategory.DataExfiltration, RiskSeverity.High, true, "k", "t", "e", [], [])]));
        h.Risk.ForGroupAsync("empty", Arg.Any<CancellationToken>()).Returns(RiskReport.Empty);
        var list = await h.Queries.ListAsync(new GroupQuery { MinimumRisk = RiskSeverity.Medium });
        var row = list.Items.Single();
        (row.GroupName, row.MemberCount, row.AttachedPoliciesText, row.Risk).Should().Be(("team-a", 2, "1 / 10", RiskSeverity.High));
        list.AccountGroupCount.Should().Be(2);
        (await h.Queries.ExportCsvAsync(new GroupQuery())).Should().StartWith("Group name,Path,Members").And.Contain("team-a,/,2,1,10,0,High");
    }
}
