using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>Writes the IAM shapes shared by several operations (User, Group, Policy, Tag lists...).</summary>
public static class EntityWriters
{
    /// <summary>
    /// The User shape. <paramref name="full"/> (GetUser, CreateUser) adds PermissionsBoundary and Tags, which IAM's
    /// listing operations (ListUsers, GetGroup...) do not return.
    /// </summary>
    public static void User(XmlOut x, string element, UserEntity u, bool full)
    {
        x.Start(element)
            .El("Path", u.Path).El("UserName", u.UserName).El("UserId", u.UserId).El("Arn", u.Arn)
            .Date("CreateDate", u.CreateDate).Date("PasswordLastUsed", u.PasswordLastUsed);
        if (full)
        {
            Boundary(x, u.PermissionsBoundaryArn);
            if (u.Tags.Count > 0) Tags(x, u.Tags);
        }
        x.End();
    }

    public static void Boundary(XmlOut x, string? arn)
    {
        if (arn is null) return;
        x.Start("PermissionsBoundary").El("PermissionsBoundaryType", "PermissionsBoundaryPolicy").El("PermissionsBoundaryArn", arn).End();
    }

    public static void Tags(XmlOut x, IEnumerable<TagEntry> tags, string element = "Tags")
    {
        x.Start(element);
        foreach (var t in tags) x.Start("member").El("Key", t.Key).El("Value", t.Value).End();
        x.End();
    }

    public static void Group(XmlOut x, string element, GroupEntity g) =>
        x.Start(element).El("Path", g.Path).El("GroupName", g.GroupName).El("GroupId", g.GroupId).El("Arn", g.Arn)
            .Date("CreateDate", g.CreateDate).End();

    public static void Policy(XmlOut x, string element, PolicyEntity p, bool tags = false)
    {
        x.Start(element)
            .El("PolicyName", p.PolicyName).El("PolicyId", p.PolicyId).El("Arn", p.Arn).El("Path", p.Path)
            .El("DefaultVersionId", p.DefaultVersionId).El("AttachmentCount", p.AttachmentCount)
            .El("PermissionsBoundaryUsageCount", p.BoundaryUsageCount).El("IsAttachable", true)
            .El("Description", p.Description)
            .Date("CreateDate", p.CreateDate).Date("UpdateDate", p.UpdateDate);
        if (tags && p.Tags.Count > 0) Tags(x, p.Tags);
        x.End();
    }

    public static void Version(XmlOut x, string element, PolicyEntity p, PolicyVersionEntity v, bool document) =>
        (document ? x.Start(element).Document("Document", v.Document) : x.Start(element))
            .El("VersionId", v.VersionId).El("IsDefaultVersion", v.VersionId == p.DefaultVersionId)
            .Date("CreateDate", v.CreateDate).End();

    public static void AttachedPolicies(XmlOut x, string element, IEnumerable<string> arns, IamState state)
    {
        x.Start(element);
        foreach (var arn in arns)
        {
            var name = state.Policies.TryGetValue(arn, out var p) ? p.PolicyName : arn[(arn.LastIndexOf('/') + 1)..];
            x.Start("member").El("PolicyName", name).El("PolicyArn", arn).End();
        }
        x.End();
    }

    public static void ApplyTags(List<TagEntry> target, IReadOnlyList<(string Key, string Value)> tags, string what)
    {
        Validate.Tags(tags);
        var added = tags.Count(t => !target.Any(e => string.Equals(e.Key, t.Key, StringComparison.OrdinalIgnoreCase)));
        if (target.Count + added > 50)
            throw new IamException("LimitExceeded", $"Cannot exceed quota for TagsPer{what}: 50");
        foreach (var (key, value) in tags)
        {
            var existing = target.Find(e => string.Equals(e.Key, key, StringComparison.OrdinalIgnoreCase));
            if (existing is null) target.Add(new TagEntry { Key = key, Value = value });
            else existing.Value = value;
        }
    }
}
