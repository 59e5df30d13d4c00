using IamPortal.Sandbox.Seed;
using IamPortal.Sandbox.State;
using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests;

/// <summary>The seed's risk story (SeedStory) and IAM's group behaviour the groups feature relies on, over the AWS CLI.</summary>
public sealed class GroupStoryTests(SandboxFixture fx) : IClassFixture<SandboxFixture>
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    private static IamState Build(int users)
    {
        var state = new IamState();
        AccountSeeder.Seed(state, users, 42, Now);
        return state;
    }

    private static string Arn(string policy) => $"arn:aws:iam::{SandboxAccount.AccountId}:policy/{policy}";

    [Fact]
    public void Seed_story_NotActionAdminSplitEscalationAndUnusedPolicy()
    {
        var s = Build(300);
        s.Policies[Arn(SeedStory.NotActionAdmin)].DefaultVersion.Document.Should().Contain("\"NotAction\"").And.Contain("\"Resource\":\"*\"");
        s.Policies[Arn(SeedStory.PassRole)].DefaultVersion.Document.Should().Contain("iam:PassRole");
        s.Policies[Arn(SeedStory.RunInstances)].DefaultVersion.Document.Should().Contain("ec2:RunInstances");

        s.Policies[Arn(SeedStory.Unused)].AttachmentCount.Should().Be(0, "the unused policy is attached to nothing");
        s.Groups[SeedStory.LegacyGroup].Members.Should().HaveCount(1);
        var passRole = s.Groups[SeedStory.PassRoleGroup].Members.Select(u => u.UserName);
        var runInstances = s.Groups[SeedStory.RunInstancesGroup].Members.Select(u => u.UserName);
        passRole.Intersect(runInstances).Should().HaveCount(2, "the escalation path is split across the two groups, with two users in both");
        s.Users.Values.Should().OnlyContain(u => u.GroupNames.Count <= 10, "IAM's 10-groups-per-user limit holds");
    }

    [Fact]
    public void Seed_story_KeepsTheRestOfTheSeedAsItWas()
    {
        var withStory = Build(300);
        var names = withStory.SortedUsers.Select(u => u.UserName).ToList();
        names.Should().HaveCount(300);
        withStory.Groups.Should().ContainKeys("admins", "support-agents", SeedStory.LegacyGroup);
        Build(0).Policies.Keys.Should().NotContain(Arn(SeedStory.Unused), "an empty account has no story");
    }

    [SkippableFact]
    public async Task AccessAdvisor_GroupArn_AnsweredFromTheSeed()
    {
        var aws = fx.Cli;
        var group = (await aws.RunAsync("iam", "get-group", "--group-name", SeedStory.PassRoleGroup)).ShouldSucceed().Json.GetProperty("Group");
        var job = (await aws.RunAsync("iam", "generate-service-last-accessed-details", "--arn", group.GetProperty("Arn").GetString()!))
            .ShouldSucceed().Json.GetProperty("JobId").GetString()!;
        var report = (await aws.RunAsync("iam", "get-service-last-accessed-details", "--job-id", job)).ShouldSucceed().Json;
        report.GetProperty("JobStatus").GetString().Should().Be("COMPLETED");
        report.GetProperty("ServicesLastAccessed").EnumerateArray().Select(s => s.GetProperty("ServiceNamespace").GetString())
            .Should().Contain("iam", "the group's policy grants iam:PassRole");
    }

    [SkippableFact]
    public async Task DeleteGroup_WithMembersOrPolicies_DeleteConflictUntilEmpty()
    {
        var aws = fx.Cli;
        const string group = "story-delete-conflict";
        (await aws.RunAsync("iam", "create-group", "--group-name", group)).ShouldSucceed();
        (await aws.RunAsync("iam", "add-user-to-group", "--group-name", group, "--user-name", "break-glass-admin")).ShouldSucceed();
        (await aws.RunAsync("iam", "attach-group-policy", "--group-name", group, "--policy-arn", Arn(SeedStory.Unused))).ShouldSucceed();
        (await aws.RunAsync("iam", "delete-group", "--group-name", group)).ErrorCode.Should().Be("DeleteConflict");
        (await aws.RunAsync("iam", "remove-user-from-group", "--group-name", group, "--user-name", "break-glass-admin")).ShouldSucceed();
        (await aws.RunAsync("iam", "delete-group", "--group-name", group)).ErrorCode.Should().Be("DeleteConflict", "a policy is still attached");
        (await aws.RunAsync("iam", "detach-group-policy", "--group-name", group, "--policy-arn", Arn(SeedStory.Unused))).ShouldSucceed();
        (await aws.RunAsync("iam", "delete-group", "--group-name", group)).ShouldSucceed();
        (await aws.RunAsync("iam", "get-group", "--group-name", group)).ErrorCode.Should().Be("NoSuchEntity");
    }
}
