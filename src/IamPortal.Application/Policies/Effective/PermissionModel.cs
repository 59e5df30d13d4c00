using System.Security.Cryptography;
using System.Text;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Effective;

/// <summary>
/// Who holds which policies: the inventory snapshot, with changes applied on top of it (never to it). A user's effective
/// set is its attached and inline policies plus every group's attached and inline policies, named so a finding says where
/// each statement comes from ("AdministratorAccess (group admins)", "inline deploy (group ops)").
/// </summary>
internal sealed class PermissionModel(InventorySnapshot snapshot, IReadOnlyDictionary<string, string>? fetchedDocuments = null)
{
    private readonly Dictionary<string, UserPolicies> _users = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, GroupPolicies> _groups = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<KeyedSource>> _groupSources = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _hashes = new(StringComparer.Ordinal);

    public InventorySnapshot Snapshot => snapshot;

    public UserPolicies User(string userName) =>
        _users.GetValueOrDefault(userName)
        ?? (snapshot.FindUser(userName) is { } row ? new UserPolicies(row.AttachedPolicies, row.InlinePolicies, row.Groups) : UserPolicies.None);

    public GroupPolicies Group(string groupName) =>
        _groups.GetValueOrDefault(groupName)
        ?? (snapshot.FindGroup(groupName) is { } g ? new GroupPolicies(g.AttachedManagedPolicies, g.InlinePolicies) : GroupPolicies.None);

    /// <summary>The group's members, with the membership changes applied.</summary>
    public IEnumerable<string> Members(string groupName) =>
        snapshot.GroupMembers(groupName).Where(u => !_users.ContainsKey(u))
            .Concat(_users.Where(u => u.Value.Groups.Contains(groupName, StringComparer.OrdinalIgnoreCase)).Select(u => u.Key));

    /// <summary>Every user who has the managed policy, directly or through a group.</summary>
    public IEnumerable<string> Holders(string policyArn)
    {
        var groups = snapshot.Groups.Select(g => g.Group.GroupName).Concat(_groups.Keys).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(g => Group(g).Attached.Any(a => a.PolicyArn == policyArn)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return snapshot.Users.Select(u => u.UserName).Concat(_users.Keys).Distinct(StringComparer.OrdinalIgnoreCase).Where(u =>
        {
            var user = User(u);
            return user.Attached.Any(a => a.PolicyArn == policyArn) || user.Groups.Any(groups.Contains);
        });
    }

    /// <summary>The users whose effective permissions the change touches.</summary>
    public IEnumerable<string> Affected(PermissionChange change) => change switch
    {
        PermissionChange.AttachPolicy c => Of(c.Target),
        PermissionChange.DetachPolicy c => Of(c.Target),
        PermissionChange.PutInlinePolicy c => Of(c.Target),
        PermissionChange.AddToGroup c => [c.UserName],
        PermissionChange.RemoveFromGroup c => [c.UserName],
        PermissionChange.ReplacePolicyDocument c => Holders(c.PolicyArn),
        _ => throw new ArgumentOutOfRangeException(nameof(change), change, "Unknown permission change"),
    };

    private IEnumerable<string> Of(PrincipalRef target) => target.Kind == PrincipalKind.User ? [target.Name] : Members(target.Name);

    public void Apply(PermissionChange change)
    {
        switch (change)
        {
            case PermissionChange.AttachPolicy c:
                var attached = new IamAttachedPolicy(PolicyName(c.PolicyArn), c.PolicyArn);
                Update(c.Target, a => [.. a.Where(p => p.PolicyArn != c.PolicyArn), attached], i => i);
                break;
            case PermissionChange.DetachPolicy c:
                Update(c.Target, a => [.. a.Where(p => p.PolicyArn != c.PolicyArn)], i => i);
                break;
            case PermissionChange.PutInlinePolicy c:
                Update(c.Target, a => a, i => c.NewDocument is null
                    ? [.. i.Where(p => p.PolicyName != c.PolicyName)]
                    : [.. i.Where(p => p.PolicyName != c.PolicyName), new IamInlinePolicy(c.PolicyName, c.NewDocument)]);
                break;
            case PermissionChange.AddToGroup c:
                var joining = User(c.UserName);
                _users[c.UserName] = joining with { Groups = [.. joining.Groups.Where(g => !Same(g, c.GroupName)), c.GroupName] };
                break;
            case PermissionChange.RemoveFromGroup c:
                var leaving = User(c.UserName);
                _users[c.UserName] = leaving with { Groups = [.. leaving.Groups.Where(g => !Same(g, c.GroupName))] };
                break;
            case PermissionChange.ReplacePolicyDocument c:
                _documents[c.PolicyArn] = c.NewDocument;
                _groupSources.Clear();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(change), change, "Unknown permission change");
        }
    }

    private void Update(PrincipalRef target, Func<IReadOnlyList<IamAttachedPolicy>, IReadOnlyList<IamAttachedPolicy>> attached,
        Func<IReadOnlyList<IamInlinePolicy>, IReadOnlyList<IamInlinePolicy>> inline)
    {
        if (target.Kind == PrincipalKind.User)
        {
            var user = User(target.Name);
            _users[target.Name] = user with { Attached = attached(user.Attached), Inline = inline(user.Inline) };
        }
        else
        {
            var group = Group(target.Name);
            _groups[target.Name] = group with { Attached = attached(group.Attached), Inline = inline(group.Inline) };
            _groupSources.Remove(target.Name);
        }
    }

    /// <summary>The user's effective set: its own policies and every group's.</summary>
    public PolicySet UserSet(string userName)
    {
        var user = User(userName);
        var sources = Own(user.Attached, user.Inline, suffix: "").ToList();
        foreach (var group in user.Groups) sources.AddRange(GroupSources(group));
        return new PolicySet([.. sources.Select(s => s.Source)], sources.Select(s => s.DocumentKey));
    }

    /// <summary>The group's own set (what any member gets from it).</summary>
    public PolicySet GroupSet(string groupName)
    {
        var sources = GroupSources(groupName);
        return new PolicySet([.. sources.Select(s => s.Source)], sources.Select(s => s.DocumentKey));
    }

    /// <summary>The managed policy alone, with the changes applied; null when its document is unknown.</summary>
    public PolicySource? Policy(string policyArn) =>
        Document(policyArn) is { } doc ? new PolicySource(PolicyName(policyArn), doc, policyArn) : null;

    private IReadOnlyList<KeyedSource> GroupSources(string groupName)
    {
        if (_groupSources.TryGetValue(groupName, out var known)) return known;
        var group = Group(groupName);
        var sources = Own(group.Attached, group.Inline, suffix: $" (group {groupName})").ToList();
        _groupSources[groupName] = sources;
        return sources;
    }

    private IEnumerable<KeyedSource> Own(IReadOnlyList<IamAttachedPolicy> attached, IReadOnlyList<IamInlinePolicy> inline, string suffix)
    {
        foreach (var policy in attached)
        {
            if (Document(policy.PolicyArn) is not { } doc) continue;
            yield return new(new PolicySource(policy.PolicyName + suffix, doc, policy.PolicyArn), ManagedKey(policy.PolicyArn, doc));
        }
        foreach (var policy in inline)
            yield return new(new PolicySource($"inline {policy.PolicyName}{suffix}", policy.Document), "inline:" + Hash(policy.Document));
    }

    private string? Document(string policyArn) =>
        _documents.GetValueOrDefault(policyArn) ?? snapshot.PolicyDocument(policyArn) ?? fetchedDocuments?.GetValueOrDefault(policyArn);

    /// <summary>A managed policy's document is named by its ARN and default version (versions never change); a replaced one by its hash.</summary>
    private string ManagedKey(string policyArn, string document) =>
        _documents.ContainsKey(policyArn) || snapshot.FindPolicy(policyArn) is not { } p
            ? $"{policyArn}#{Hash(document)}"
            : $"{policyArn}@{p.Policy.DefaultVersionId}";

    private string Hash(string document)
    {
        if (_hashes.TryGetValue(document, out var hash)) return hash;
        hash = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(document)));
        _hashes[document] = hash;
        return hash;
    }

    private string PolicyName(string policyArn) => snapshot.FindPolicy(policyArn)?.Policy.PolicyName ?? policyArn[(policyArn.LastIndexOf('/') + 1)..];

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
