using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>Attaching managed policies to users and groups, and who a policy is attached to.</summary>
public static class PolicyAttachmentOperations
{
    public const int AttachedPerEntity = 10;

    public static void Register(OperationRegistry r)
    {
        r.Write("AttachUserPolicy", ctx =>
        {
            var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
            var policy = UsersOperations.RequirePolicy(ctx.State, ctx.Q.Req("PolicyArn"));
            if (policy.AttachedUsers.Contains(user)) return;
            if (user.AttachedPolicyArns.Count >= AttachedPerEntity)
                throw new IamException("LimitExceeded", $"Cannot exceed quota for PoliciesPerUser: {AttachedPerEntity}");
            ctx.State.AttachToUser(policy, user);
        });
        r.Write("DetachUserPolicy", ctx =>
        {
            var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
            var policy = UsersOperations.RequirePolicy(ctx.State, ctx.Q.Req("PolicyArn"));
            if (!policy.AttachedUsers.Contains(user))
                throw new IamException("NoSuchEntity", $"Policy {policy.Arn} was not found.");
            ctx.State.DetachFromUser(policy, user);
        });
        r.Read("ListAttachedUserPolicies", ctx =>
        {
            var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
            WriteAttached(ctx, user.AttachedPolicyArns);
        });
        r.Write("AttachGroupPolicy", ctx =>
        {
            var group = ctx.State.GetGroup(ctx.Q.Req("GroupName"));
            var policy = UsersOperations.RequirePolicy(ctx.State, ctx.Q.Req("PolicyArn"));
            if (policy.AttachedGroups.Contains(group)) return;
            if (group.AttachedPolicyArns.Count >= AttachedPerEntity)
                throw new IamException("LimitExceeded", $"Cannot exceed quota for PoliciesPerGroup: {AttachedPerEntity}");
            ctx.State.AttachToGroup(policy, group);
        });
        r.Write("DetachGroupPolicy", ctx =>
        {
            var group = ctx.State.GetGroup(ctx.Q.Req("GroupName"));
            var policy = UsersOperations.RequirePolicy(ctx.State, ctx.Q.Req("PolicyArn"));
            if (!policy.AttachedGroups.Contains(group))
                throw new IamException("NoSuchEntity", $"Policy {policy.Arn} was not found.");
            ctx.State.DetachFromGroup(policy, group);
        });
        r.Read("ListAttachedGroupPolicies", ctx =>
        {
            var group = ctx.State.GetGroup(ctx.Q.Req("GroupName"));
            WriteAttached(ctx, group.AttachedPolicyArns);
        });
        r.Read("ListEntitiesForPolicy", ListEntitiesForPolicy);
    }

    private static void WriteAttached(OperationContext ctx, IEnumerable<string> arns)
    {
        var prefix = Validate.PathPrefix(ctx.Q.Str("PathPrefix"));
        var policies = arns.Select(ctx.State.GetPolicy).Where(p => p.Path.StartsWith(prefix, StringComparison.Ordinal));
        var page = Paging.Sorted(policies, p => p.PolicyName + " " + p.Arn, ctx.Q);
        EntityWriters.AttachedPolicies(ctx.Result, "AttachedPolicies", page.Items.Select(p => p.Arn), ctx.State);
        Paging.WriteTail(ctx.Result, page);
    }

    private static void ListEntitiesForPolicy(OperationContext ctx)
    {
        var policy = UsersOperations.RequirePolicy(ctx.State, ctx.Q.Req("PolicyArn"));
        var filter = ctx.Q.Str("EntityFilter");
        var prefix = Validate.PathPrefix(ctx.Q.Str("PathPrefix"));
        var boundaries = ctx.Q.Str("PolicyUsageFilter") == "PermissionsBoundary";
        var entries = new List<(string Key, GroupEntity? Group, UserEntity? User)>();
        if (!boundaries && filter is null or "Group")
            entries.AddRange(policy.AttachedGroups.Where(g => g.Path.StartsWith(prefix, StringComparison.Ordinal))
                .Select(g => ("G " + g.GroupName, (GroupEntity?)g, (UserEntity?)null)));
        if (filter is null or "User")
        {
            IEnumerable<UserEntity> users = boundaries
                ? ctx.State.Users.Values.Where(u => u.PermissionsBoundaryArn == policy.Arn)
                : policy.AttachedUsers;
            entries.AddRange(users.Where(u => u.Path.StartsWith(prefix, StringComparison.Ordinal))
                .Select(u => ("U " + u.UserName, (GroupEntity?)null, (UserEntity?)u)));
        }
        var page = Paging.Sorted(entries, e => e.Key, ctx.Q);
        ctx.Result.Start("PolicyGroups");
        foreach (var e in page.Items.Where(e => e.Group is not null))
            ctx.Result.Start("member").El("GroupName", e.Group!.GroupName).El("GroupId", e.Group.GroupId).End();
        ctx.Result.End().Start("PolicyUsers");
        foreach (var e in page.Items.Where(e => e.User is not null))
            ctx.Result.Start("member").El("UserName", e.User!.UserName).El("UserId", e.User.UserId).End();
        ctx.Result.End().Start("PolicyRoles").End();
        Paging.WriteTail(ctx.Result, page);
    }
}
