using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>Inline policies of users and groups (Put/Get/Delete/List).</summary>
public static class InlinePolicyOperations
{
    public const int UserAggregateLimit = 2048;
    public const int GroupAggregateLimit = 5120;

    public static void Register(OperationRegistry r)
    {
        r.Write("PutUserPolicy", ctx =>
        {
            var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
            Put(ctx, user.InlinePolicies, UserAggregateLimit, $"user {user.UserName}");
        });
        r.Read("GetUserPolicy", ctx =>
        {
            var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
            var p = Find(user.InlinePolicies, ctx.Q.Req("PolicyName"), "user", user.UserName);
            ctx.Result.El("UserName", user.UserName).El("PolicyName", p.Name).Document("PolicyDocument", p.Document);
        });
        r.Write("DeleteUserPolicy", ctx =>
        {
            var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
            user.InlinePolicies.Remove(Find(user.InlinePolicies, ctx.Q.Req("PolicyName"), "user", user.UserName));
        });
        r.Read("ListUserPolicies", ctx => ListNames(ctx, ctx.State.GetUser(ctx.Q.Req("UserName")).InlinePolicies));
        r.Write("PutGroupPolicy", ctx =>
        {
            var group = ctx.State.GetGroup(ctx.Q.Req("GroupName"));
            Put(ctx, group.InlinePolicies, GroupAggregateLimit, $"group {group.GroupName}");
        });
        r.Read("GetGroupPolicy", ctx =>
        {
            var group = ctx.State.GetGroup(ctx.Q.Req("GroupName"));
            var p = Find(group.InlinePolicies, ctx.Q.Req("PolicyName"), "group", group.GroupName);
            ctx.Result.El("GroupName", group.GroupName).El("PolicyName", p.Name).Document("PolicyDocument", p.Document);
        });
        r.Write("DeleteGroupPolicy", ctx =>
        {
            var group = ctx.State.GetGroup(ctx.Q.Req("GroupName"));
            group.InlinePolicies.Remove(Find(group.InlinePolicies, ctx.Q.Req("PolicyName"), "group", group.GroupName));
        });
        r.Read("ListGroupPolicies", ctx => ListNames(ctx, ctx.State.GetGroup(ctx.Q.Req("GroupName")).InlinePolicies));
    }

    private static void Put(OperationContext ctx, List<InlinePolicy> policies, int limit, string owner)
    {
        var name = ctx.Q.Req("PolicyName");
        Validate.PolicyName(name);
        var document = ctx.Q.Req("PolicyDocument");
        var size = Validate.PolicyDocument(document);
        var others = policies.Where(p => !string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
            .Sum(p => p.Document.Count(c => !char.IsWhiteSpace(c)));
        if (others + size > limit)
            throw new IamException("LimitExceeded", $"Maximum policy size of {limit} bytes exceeded for {owner}");
        var existing = policies.Find(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        if (existing is null) policies.Add(new InlinePolicy { Name = name, Document = document });
        else existing.Document = document;
    }

    private static InlinePolicy Find(List<InlinePolicy> policies, string name, string kind, string owner) =>
        policies.Find(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new IamException("NoSuchEntity", $"The {kind} policy with name {name} cannot be found.");

    private static void ListNames(OperationContext ctx, List<InlinePolicy> policies)
    {
        var page = Paging.Sorted(policies, p => p.Name, ctx.Q);
        ctx.Result.Start("PolicyNames");
        foreach (var p in page.Items) ctx.Result.El("member", p.Name);
        ctx.Result.End();
        Paging.WriteTail(ctx.Result, page);
    }
}
