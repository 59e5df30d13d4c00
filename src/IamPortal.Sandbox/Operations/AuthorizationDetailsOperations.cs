using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>
/// GetAccountAuthorizationDetails: users, groups, (no) roles and managed policies in one paginated stream.
/// MaxItems counts entities of every kind; the marker remembers the last entity returned.
/// </summary>
public static class AuthorizationDetailsOperations
{
    private static readonly string[] AllFilters = ["User", "Group", "Role", "LocalManagedPolicy", "AWSManagedPolicy"];

    public static void Register(OperationRegistry r) => r.Read("GetAccountAuthorizationDetails", Handle);

    private static void Handle(OperationContext ctx)
    {
        var filters = ctx.Q.Members("Filter");
        foreach (var f in filters)
            if (!AllFilters.Contains(f))
                throw IamException.Validation("filter", f, "Member must satisfy enum value set: [User, Role, Group, LocalManagedPolicy, AWSManagedPolicy]");
        bool Wants(string f) => filters.Count == 0 || filters.Contains(f);

        var state = ctx.State;
        var entities = new List<object>(state.Users.Count + state.Groups.Count + 64);
        if (Wants("User")) entities.AddRange(state.SortedUsers);
        if (Wants("Group")) entities.AddRange(state.Groups.Values.OrderBy(g => g.GroupName, StringComparer.OrdinalIgnoreCase));
        var local = Wants("LocalManagedPolicy");
        var aws = Wants("AWSManagedPolicy");
        if (local || aws)
            entities.AddRange(state.Policies.Values
                .Where(p => p.IsAwsManaged ? aws && (p.AttachmentCount > 0 || p.BoundaryUsageCount > 0) : local)
                .OrderBy(p => p.PolicyName + " " + p.Arn, StringComparer.OrdinalIgnoreCase));

        var page = Paging.Apply(entities, Key, ctx.Q);
        var x = ctx.Result;
        x.Start("UserDetailList");
        foreach (var u in page.Items.OfType<UserEntity>()) User(x, u, state);
        x.End().Start("GroupDetailList");
        foreach (var g in page.Items.OfType<GroupEntity>()) Group(x, g, state);
        x.End().Start("RoleDetailList").End().Start("Policies");
        foreach (var p in page.Items.OfType<PolicyEntity>()) Policy(x, p);
        x.End();
        Paging.WriteTail(x, page);
    }

    private static string Key(object entity) => entity switch
    {
        UserEntity u => "1 " + u.UserName,
        GroupEntity g => "2 " + g.GroupName,
        PolicyEntity p => "4 " + p.PolicyName + " " + p.Arn,
        _ => "9",
    };

    private static void User(XmlOut x, UserEntity u, IamState state)
    {
        x.Start("member").El("Path", u.Path).El("UserName", u.UserName).El("UserId", u.UserId).El("Arn", u.Arn)
            .Date("CreateDate", u.CreateDate);
        if (u.InlinePolicies.Count > 0)
        {
            x.Start("UserPolicyList");
            foreach (var p in u.InlinePolicies) x.Start("member").El("PolicyName", p.Name).Document("PolicyDocument", p.Document).End();
            x.End();
        }
        x.Start("GroupList");
        foreach (var g in u.GroupNames) x.El("member", g);
        x.End();
        EntityWriters.AttachedPolicies(x, "AttachedManagedPolicies", u.AttachedPolicyArns, state);
        EntityWriters.Boundary(x, u.PermissionsBoundaryArn);
        if (u.Tags.Count > 0) EntityWriters.Tags(x, u.Tags);
        x.End();
    }

    private static void Group(XmlOut x, GroupEntity g, IamState state)
    {
        x.Start("member").El("Path", g.Path).El("GroupName", g.GroupName).El("GroupId", g.GroupId).El("Arn", g.Arn)
            .Date("CreateDate", g.CreateDate);
        x.Start("GroupPolicyList");
        foreach (var p in g.InlinePolicies) x.Start("member").El("PolicyName", p.Name).Document("PolicyDocument", p.Document).End();
        x.End();
        EntityWriters.AttachedPolicies(x, "AttachedManagedPolicies", g.AttachedPolicyArns, state);
        x.End();
    }

    private static void Policy(XmlOut x, PolicyEntity p)
    {
        x.Start("member")
            .El("PolicyName", p.PolicyName).El("PolicyId", p.PolicyId).El("Arn", p.Arn).El("Path", p.Path)
            .El("DefaultVersionId", p.DefaultVersionId).El("AttachmentCount", p.AttachmentCount)
            .El("PermissionsBoundaryUsageCount", p.BoundaryUsageCount).El("IsAttachable", true)
            .El("Description", p.Description).Date("CreateDate", p.CreateDate).Date("UpdateDate", p.UpdateDate);
        x.Start("PolicyVersionList");
        foreach (var v in p.Versions) EntityWriters.Version(x, "member", p, v, document: true);
        x.End().End();
    }
}
