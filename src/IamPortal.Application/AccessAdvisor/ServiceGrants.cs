using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;
using IamPortal.Application.Policies.Risk;

namespace IamPortal.Application.AccessAdvisor;

/// <summary>One service a subject's policies grant, with the policies that grant it and whether iam:PassRole is among them.</summary>
public sealed record ServiceGrant(string Namespace, string ServiceName, IReadOnlyList<GrantingPolicy> GrantedBy, bool GrantsPassRole, bool GrantsOnlyPassRole);

/// <summary>
/// The services a user's or a group's identity policies grant, from the inventory's documents (no IAM call), through the
/// risk engine's compiler over the action catalogue: all policies together decide which services are granted (a Deny in
/// one removes an Allow of another), each policy alone decides which of them it grants (the attribution).
/// </summary>
public sealed class ServiceGrants(IActionCatalog catalog)
{
    private const string PassRole = "iam:PassRole";

    private sealed record Source(GrantingPolicy Policy, string Document);

    public IReadOnlyList<ServiceGrant> For(AdvisorSubject subject, InventorySnapshot snapshot)
    {
        var sources = subject.Kind == AdvisorSubjectKind.User ? UserSources(subject.Name, snapshot) : GroupSources(subject.Name, snapshot, "");
        var universe = ActionUniverse.For(catalog);
        var compiler = new PolicyCompiler(universe);
        var all = compiler.Compile(sources.Select(s => new PolicySource(s.Policy.Name, s.Document, s.Policy.Arn)));
        var granted = Services(universe, all);
        var each = sources.Select(s => (s.Policy, Services: Services(universe, compiler.Compile([new PolicySource(s.Policy.Name, s.Document, s.Policy.Arn)])))).ToList();
        var iam = universe.Service("iam").Intersect(all.Allowed);
        var passRole = universe.IdOf(PassRole) is { } id && all.Allowed.Contains(id);
        return [.. granted.Order(StringComparer.OrdinalIgnoreCase).Select(prefix =>
        {
            var service = catalog.FindService(prefix);
            var isIam = string.Equals(prefix, "iam", StringComparison.OrdinalIgnoreCase);
            return new ServiceGrant(service?.Prefix ?? prefix, service?.Name ?? prefix,
                [.. each.Where(e => e.Services.Contains(prefix)).Select(e => e.Policy)],
                isIam && passRole, isIam && passRole && iam.Count == 1);
        })];
    }

    private static HashSet<string> Services(ActionUniverse universe, EffectivePermissions permissions) =>
        permissions.Allowed.Ids().Select(id => universe.Actions[id].Service).ToHashSet(StringComparer.OrdinalIgnoreCase);

    private static List<Source> UserSources(string userName, InventorySnapshot snapshot)
    {
        var user = snapshot.FindUser(userName) ?? throw new NoSuchEntityException($"The user with name {userName} cannot be found.");
        var sources = Managed(user.AttachedPolicies, snapshot, "attached").ToList();
        sources.AddRange(user.InlinePolicies.Select(p => new Source(new GrantingPolicy(p.PolicyName, null, "inline", false, null), p.Document)));
        foreach (var group in user.Groups)
            if (snapshot.FindGroup(group) is not null) sources.AddRange(GroupSources(group, snapshot, "group " + group));
        return sources;
    }

    private static List<Source> GroupSources(string groupName, InventorySnapshot snapshot, string via)
    {
        var group = snapshot.FindGroup(groupName) ?? throw new NoSuchEntityException($"The group with name {groupName} cannot be found.");
        var sources = Managed(group.AttachedManagedPolicies, snapshot, via.Length == 0 ? "attached" : via).ToList();
        sources.AddRange(group.InlinePolicies.Select(p =>
            new Source(new GrantingPolicy(p.PolicyName, null, via.Length == 0 ? "inline" : via + ", inline", false, null), p.Document)));
        return sources;
    }

    private static IEnumerable<Source> Managed(IEnumerable<IamAttachedPolicy> attached, InventorySnapshot snapshot, string via)
    {
        foreach (var a in attached)
        {
            var policy = snapshot.FindPolicy(a.PolicyArn);
            var version = policy?.Versions.FirstOrDefault(v => v.IsDefaultVersion);
            if (version?.Document is not { } document) continue;
            yield return new Source(new GrantingPolicy(a.PolicyName, a.PolicyArn, via, policy!.Policy.IsAwsManaged, version.CreateDate), document);
        }
    }
}
