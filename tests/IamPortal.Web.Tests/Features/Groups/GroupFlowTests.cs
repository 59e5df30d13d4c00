using IamPortal.Application.Groups;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using IamPortal.Sandbox;
using IamPortal.Web.Tests.Features.Onboarding;
using IamPortal.Web.Tests.Flows;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Groups;

/// <summary>The group services on the real Application + Infrastructure over HTTP to a seeded Sandbox; end states checked with the AWS CLI.</summary>
public sealed class GroupFlowTests() : SandboxFlowTests("groups", new SandboxOptions { SeedUsers = 30, Seed = 5 })
{
    [Fact]
    public async Task CreateAddMembersDelete_OverHttp_GroupGoneAndMembersFree()
    {
        await using var scope = Scope();
        var sp = scope.ServiceProvider;
        var users = (await sp.GetRequiredService<IIamClient>().ListUsersAsync()).Select(u => u.UserName)
            .Where(n => !n.StartsWith("svc-") && n != "break-glass-admin").Order(StringComparer.Ordinal).Take(2).ToList();
        var commands = sp.GetRequiredService<IGroupCommands>();
        (await commands.CreateAsync("flow-team", "/flow/")).Succeeded.Should().BeTrue();
        (await commands.CreateAsync("FLOW-TEAM", "/")).Errors.Should().ContainKey(GroupFields.GroupName, "names are unique ignoring case");
        var added = await commands.AddMembersAsync("flow-team", users);
        added.Value!.Changes.Should().OnlyContain(c => c.Status == MemberChangeStatus.Done);
        var detail = await sp.GetRequiredService<IGroupQueryService>().GetAsync("flow-team");
        detail!.Members.Select(m => m.UserName).Should().BeEquivalentTo(users, "the inventory shows the new members");

        var deletion = sp.GetRequiredService<IGroupDeletionService>();
        (await deletion.PlanAsync("flow-team")).Value!.Members.Should().BeEquivalentTo(users);
        var run = await deletion.StartAsync("flow-team");
        run.Value!.Job.Status.Should().Be(JobStatus.Succeeded, run.Error);
        var cli = await new OnboardingCli(Sandbox.BaseUrl).RunAsync("iam", "get-group", "--group-name", "flow-team");
        cli.Stderr.Should().Contain("NoSuchEntity");
    }

    [Fact]
    public async Task MoveToGroup_InlineIntoManagedPolicy_OverHttp_SamePermissionsThroughTheGroup()
    {
        await using var scope = Scope();
        var iam = scope.ServiceProvider.GetRequiredService<IIamClient>();
        const string user = "flow-mover";
        const string document = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sqs:ListQueues","Resource":"*"}]}""";
        await iam.CreateUserAsync(user);
        await iam.AttachUserPolicyAsync(user, "arn:aws:iam::aws:policy/ReadOnlyAccess");
        await iam.PutUserPolicyAsync(user, "list-queues", document);
        await scope.ServiceProvider.GetRequiredService<Application.Inventory.IInventoryService>().InvalidateAsync();

        var run = await scope.ServiceProvider.GetRequiredService<IMoveToGroupService>()
            .StartAsync(new MoveToGroupRequest([user], null, "flow-moved", "/", InlineCopyMode.ManagedPolicy));
        run.Value!.Single().Job.Status.Should().Be(JobStatus.Succeeded, run.Error);
        (await iam.ListAttachedUserPoliciesAsync(user)).Should().BeEmpty();
        (await iam.ListUserPoliciesAsync(user)).Should().BeEmpty();
        (await iam.ListAttachedGroupPoliciesAsync("flow-moved")).Select(p => p.PolicyName).Should().BeEquivalentTo("ReadOnlyAccess", "flow-moved-list-queues");
        var copied = await iam.GetPolicyAsync($"arn:aws:iam::{SandboxAccount.AccountId}:policy/flow-moved-list-queues");
        (await iam.GetPolicyVersionAsync(copied.Arn, copied.DefaultVersionId)).Document.Should().Contain("sqs:ListQueues");
    }
}
