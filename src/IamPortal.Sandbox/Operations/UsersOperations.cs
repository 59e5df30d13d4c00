using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>ListUsers, GetUser, CreateUser, UpdateUser, DeleteUser and permissions boundaries.</summary>
public static class UsersOperations
{
    public static void Register(OperationRegistry r)
    {
        r.Read("ListUsers", ListUsers);
        r.Read("GetUser", ctx => EntityWriters.User(ctx.Result, "User", ctx.ResolveUser(), full: true));
        r.Write("CreateUser", CreateUser, hasResult: true);
        r.Write("UpdateUser", UpdateUser);
        r.Write("DeleteUser", DeleteUser);
        r.Write("PutUserPermissionsBoundary", ctx =>
        {
            var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
            var arn = ctx.Q.Req("PermissionsBoundary");
            RequirePolicy(ctx.State, arn);
            ctx.State.SetBoundary(user, arn);
        });
        r.Write("DeleteUserPermissionsBoundary", ctx =>
        {
            var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
            if (user.PermissionsBoundaryArn is null)
                throw new IamException("NoSuchEntity", $"The user with name {user.UserName} does not have a permissions boundary.");
            ctx.State.SetBoundary(user, null);
        });
    }

    private static void ListUsers(OperationContext ctx)
    {
        var prefix = Validate.PathPrefix(ctx.Q.Str("PathPrefix"));
        IReadOnlyList<UserEntity> users = ctx.State.SortedUsers;
        if (prefix != "/") users = users.Where(u => u.Path.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var page = Paging.Apply(users, u => u.UserName, ctx.Q);
        var x = ctx.Result.Start("Users");
        foreach (var u in page.Items) EntityWriters.User(x, "member", u, full: false);
        x.End();
        Paging.WriteTail(x, page);
    }

    private static void CreateUser(OperationContext ctx)
    {
        var name = ctx.Q.Req("UserName");
        Validate.UserName(name);
        var path = Validate.Path(ctx.Q.Str("Path"));
        var boundary = ctx.Q.Str("PermissionsBoundary");
        var tags = ctx.Q.Tags();
        if (ctx.State.Users.ContainsKey(name))
            throw new IamException("EntityAlreadyExists", $"User with name {name} already exists.");
        if (boundary is not null) RequirePolicy(ctx.State, boundary);
        var user = new UserEntity { UserName = name, Path = path, UserId = ctx.State.NewId("AIDA"), CreateDate = ctx.Now };
        EntityWriters.ApplyTags(user.Tags, tags, "User");
        ctx.State.AddUser(user);
        ctx.State.SetBoundary(user, boundary);
        EntityWriters.User(ctx.Result, "User", user, full: true);
    }

    private static void UpdateUser(OperationContext ctx)
    {
        var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
        var newPath = ctx.Q.Str("NewPath") is { } p ? Validate.Path(p, "newPath") : null;
        var newName = ctx.Q.Str("NewUserName");
        if (newName is not null && newName != user.UserName)
        {
            Validate.UserName(newName, "newUserName");
            if (ctx.State.Users.TryGetValue(newName, out var other) && !ReferenceEquals(other, user))
                throw new IamException("EntityAlreadyExists", $"User with name {newName} already exists.");
            ctx.State.RenameUser(user, newName);
        }
        if (newPath is not null) user.Path = newPath;
    }

    private static void DeleteUser(OperationContext ctx)
    {
        var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
        var blocker = DeleteBlocker(user);
        if (blocker is not null) throw new IamException("DeleteConflict", $"Cannot delete entity, must {blocker} first.");
        if (user.PermissionsBoundaryArn is not null) ctx.State.SetBoundary(user, null);
        ctx.State.RemoveUser(user);
    }

    /// <summary>What still blocks DeleteUser, in the order IAM requires removing things (the boundary does not block).</summary>
    private static string? DeleteBlocker(UserEntity u) =>
        u.LoginProfile is not null ? "delete login profile"
        : u.AccessKeys.Count > 0 ? "delete access keys"
        : u.SigningCertificates.Count > 0 ? "delete signing certificates"
        : u.SshPublicKeys.Count > 0 ? "delete SSH public keys"
        : u.ServiceSpecificCredentials.Count > 0 ? "delete service-specific credentials"
        : u.MfaSerials.Count > 0 ? "delete MFA device"
        : u.InlinePolicies.Count > 0 ? "delete policies"
        : u.AttachedPolicyArns.Count > 0 ? "detach all policies"
        : u.GroupNames.Count > 0 ? "remove user from all groups"
        : null;

    internal static PolicyEntity RequirePolicy(IamState state, string arn)
    {
        if (!arn.StartsWith("arn:aws:iam::", StringComparison.Ordinal) || arn.Length < 20)
            throw new IamException("InvalidInput", $"ARN {arn} is not valid.");
        return state.Policies.TryGetValue(arn, out var p)
            ? p
            : throw new IamException("NoSuchEntity", $"Policy {arn} does not exist or is not attachable.");
    }
}
