using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>Groups and memberships.</summary>
public static class GroupOperations
{
    public const int GroupsPerAccount = 300;
    public const int GroupsPerUser = 10;

    public static void Register(OperationRegistry r)
    {
        r.Read("ListGroups", ctx =>
        {
            var prefix = Validate.PathPrefix(ctx.Q.Str("PathPrefix"));
            var groups = ctx.State.Groups.Values.Where(g => g.Path.StartsWith(prefix, StringComparison.Ordinal));
            WriteGroups(ctx, Paging.Sorted(groups, g => g.GroupName, ctx.Q));
        });
        r.Read("ListGroupsForUser", ctx =>
        {
            var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
            WriteGroups(ctx, Paging.Sorted(user.GroupNames.Select(ctx.State.GetGroup), g => g.GroupName, ctx.Q));
        });
        r.Read("GetGroup", ctx =>
        {
            var group = ctx.State.GetGroup(ctx.Q.Req("GroupName"));
            var page = Paging.Sorted(group.Members, u => u.UserName, ctx.Q);
            EntityWriters.Group(ctx.Result, "Group", group);
            ctx.Result.Start("Users");
            foreach (var u in page.Items) EntityWriters.User(ctx.Result, "member", u, full: false);
            ctx.Result.End();
            Paging.WriteTail(ctx.Result, page);
        });
        r.Write("CreateGroup", ctx =>
        {
            var name = ctx.Q.Req("GroupName");
            Validate.GroupName(name);
            var path = Validate.Path(ctx.Q.Str("Path"));
            if (ctx.State.Groups.ContainsKey(name))
                throw new IamException("EntityAlreadyExists", $"Group with name {name} already exists.");
            if (ctx.State.Groups.Count >= GroupsPerAccount)
                throw new IamException("LimitExceeded", $"Cannot exceed quota for GroupsPerAccount: {GroupsPerAccount}");
            var group = new GroupEntity { GroupName = name, Path = path, GroupId = ctx.State.NewId("AGPA"), CreateDate = ctx.Now, AccountId = ctx.State.AccountId };
            ctx.State.Groups.Add(name, group);
            EntityWriters.Group(ctx.Result, "Group", group);
        }, hasResult: true);
        r.Write("UpdateGroup", ctx =>
        {
            var group = ctx.State.GetGroup(ctx.Q.Req("GroupName"));
            if (ctx.Q.Str("NewPath") is { } path) group.Path = Validate.Path(path, "newPath");
            if (ctx.Q.Str("NewGroupName") is { } newName && newName != group.GroupName)
            {
                Validate.GroupName(newName, "newGroupName");
                if (ctx.State.Groups.TryGetValue(newName, out var other) && !ReferenceEquals(other, group))
                    throw new IamException("EntityAlreadyExists", $"Group with name {newName} already exists.");
                ctx.State.RenameGroup(group, newName);
            }
        });
        r.Write("DeleteGroup", ctx =>
        {
            var group = ctx.State.GetGroup(ctx.Q.Req("GroupName"));
            if (group.Members.Count > 0)
                throw new IamException("DeleteConflict", "Cannot delete entity, must remove users from group first.");
            if (group.InlinePolicies.Count > 0)
                throw new IamException("DeleteConflict", "Cannot delete entity, must delete policies first.");
            if (group.AttachedPolicyArns.Count > 0)
                throw new IamException("DeleteConflict", "Cannot delete entity, must detach all policies first.");
            ctx.State.Groups.Remove(group.GroupName);
        });
        r.Write("AddUserToGroup", ctx =>
        {
            var group = ctx.State.GetGroup(ctx.Q.Req("GroupName"));
            var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
            if (group.Members.Contains(user)) return;
            if (user.GroupNames.Count >= GroupsPerUser)
                throw new IamException("LimitExceeded", $"Cannot exceed quota for GroupsPerUser: {GroupsPerUser}");
            ctx.State.AddMember(group, user);
        });
        r.Write("RemoveUserFromGroup", ctx =>
        {
            var group = ctx.State.GetGroup(ctx.Q.Req("GroupName"));
            var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
            if (!group.Members.Contains(user))
                throw new IamException("NoSuchEntity", $"The user with name {user.UserName} cannot be found in group {group.GroupName}.");
            ctx.State.RemoveMember(group, user);
        });
    }

    private static void WriteGroups(OperationContext ctx, Paging.Page<GroupEntity> page)
    {
        ctx.Result.Start("Groups");
        foreach (var g in page.Items) EntityWriters.Group(ctx.Result, "member", g);
        ctx.Result.End();
        Paging.WriteTail(ctx.Result, page);
    }
}
