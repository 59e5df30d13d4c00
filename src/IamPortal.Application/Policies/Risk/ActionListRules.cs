using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;

namespace IamPortal.Application.Policies.Risk;

/// <summary>The categories that list risky actions: credentials, resource sharing, data reads, permissions management, full-service and iam:PassRole grants.</summary>
internal static class ActionListRules
{
    private static readonly string[] FullAccessServices = ["kms", "cloudtrail"];

    public static IEnumerable<RiskFinding> CredentialsExposure(RiskContext context) =>
        PerService(context, RiskCategory.CredentialsExposure, RiskSeverity.High, context.Tables.Credentials,
            "Returns credentials",
            "returns credentials (access keys, passwords, tokens or role sessions): whoever holds them can act as another identity.");

    public static IEnumerable<RiskFinding> ResourceExposure(RiskContext context) =>
        PerService(context, RiskCategory.ResourceExposure, RiskSeverity.High, context.Tables.ResourceSharing,
            "Changes resource sharing",
            "changes a resource policy, ACL, grant or share: it can open the resource to other accounts or to the public.");

    public static IEnumerable<RiskFinding> DataExfiltration(RiskContext context) =>
        PerService(context, RiskCategory.DataExfiltration, RiskSeverity.Medium, context.Tables.DataReads,
            "Reads data",
            "reads stored objects, parameters or secrets: on every resource it reaches data the identity may not need.");

    public static IEnumerable<RiskFinding> PermissionsManagement(RiskContext context)
    {
        var (universe, permissions) = (context.Universe, context.Permissions);
        var granted = permissions.Allowed.Intersect(universe.Level(AccessLevel.PermissionsManagement));
        var confirmed = granted.Intersect(permissions.Confirmed);
        foreach (var (ids, isConfirmed) in new[] { (confirmed, true), (Except(granted, confirmed), false) })
        {
            var actions = ids.Ids().Select(universe.NameOf).ToList();
            if (actions.Count == 0) continue;
            var services = actions.Select(a => a[..a.IndexOf(':')]).Distinct().ToList();
            yield return context.Finding(RiskCategory.PermissionsManagement, RiskSeverity.Medium, isConfirmed, string.Join(",", services),
                $"Permissions management in {RiskContext.List(services, 4)}",
                $"Allows {actions.Count} permissions-management action{(actions.Count == 1 ? "" : "s")} ({RiskContext.List(actions, 3)}): "
                + "they change who may do what, so they are a step from granting more.",
                actions, context.Permissions.Granting(new ResolvedActions(actions, ids, [])));
        }
    }

    public static IEnumerable<RiskFinding> ServiceWideWildcard(RiskContext context)
    {
        var wildcards = context.Permissions.Allows
            .Where(s => !s.Statement.IsNotAction)
            .SelectMany(s => s.Statement.Actions.Where(IsServiceWildcard).Select(a => a[..a.IndexOf(':')].ToLowerInvariant()))
            .Where(service => !FullAccessServices.Contains(service))
            .Distinct().Order(StringComparer.Ordinal);
        foreach (var service in wildcards)
        {
            var actions = context.Universe.Service(service);
            var allowed = actions.Intersect(context.Permissions.Allowed);
            if (allowed.IsEmpty) continue;
            yield return context.Finding(RiskCategory.ServiceWideWildcard, RiskSeverity.Medium,
                context.Permissions.Confirmed.ContainsAll(actions), service + ":*",
                $"Every action of {service} ({service}:*)",
                $"Allows all {actions.Count} actions of {service}, and any it gains later; name the actions needed instead.",
                [service + ":*"]);
        }
    }

    public static IEnumerable<RiskFinding> FullAccessKmsOrCloudTrail(RiskContext context)
    {
        foreach (var service in FullAccessServices)
        {
            var actions = context.Universe.Service(service);
            if (actions.IsEmpty || !context.Permissions.Allowed.ContainsAll(actions)) continue;
            var why = service == "kms"
                ? "every key: decrypt any data, change key policies, schedule keys for deletion"
                : "the audit trail: stop logging, delete trails, change where logs go";
            yield return context.Finding(RiskCategory.FullAccessKmsOrCloudTrail, RiskSeverity.Medium,
                context.Permissions.Confirmed.ContainsAll(actions), service + ":*",
                $"Full access to {service} ({service}:*)",
                $"Allows every action of {service}, so full control of {why}.",
                [service + ":*"]);
        }
    }

    public static IEnumerable<RiskFinding> PassRoleOnAnyResource(RiskContext context)
    {
        const string passRole = "iam:PassRole";
        var (allowed, confirmed) = context.Permissions.Check(passRole);
        if (!allowed) yield break;
        var id = context.Universe.IdOf(passRole);
        var statements = context.Permissions.Allows
            .Where(s => s.Names(passRole, id) && (s.Statement.OnAnyResource || s.Statement.Resources.Any(AnyRole)))
            .ToList();
        if (statements.Count == 0) yield break;
        yield return context.Finding(RiskCategory.PassRoleOnAnyResource, RiskSeverity.Medium,
            confirmed && statements.Any(s => s.Statement.Unconditional), passRole,
            "iam:PassRole on any role",
            "Allows passing any role (Resource \"*\") to a service: a new instance, function or job then runs with that role's permissions, "
            + "however broad. Name the roles, and limit the services with iam:PassedToService.",
            [passRole], [.. statements.Select(s => s.Ref)]);
    }

    private static IEnumerable<RiskFinding> PerService(RiskContext context, RiskCategory category, RiskSeverity severity,
        ResolvedActions listed, string title, string explanation)
    {
        if (!context.Permissions.Allowed.Overlaps(listed.Known) && listed.Unknown.Count == 0) yield break;
        var hits = listed.Names
            .Select(n => (Name: n, Check: context.Permissions.Check(n)))
            .Where(h => h.Check.Allowed)
            .GroupBy(h => (Service: h.Name[..h.Name.IndexOf(':')].ToLowerInvariant(), h.Check.Confirmed))
            .OrderBy(g => g.Key.Service, StringComparer.Ordinal).ThenByDescending(g => g.Key.Confirmed);
        foreach (var group in hits)
        {
            var actions = group.Select(h => h.Name).Order(StringComparer.OrdinalIgnoreCase).ToList();
            yield return context.Finding(category, severity, group.Key.Confirmed, RiskContext.ActionsKey(actions),
                $"{title}: {RiskContext.List(actions, 3)}",
                $"{RiskContext.List(actions)} {(actions.Count == 1 ? "" : "each ")}{explanation}",
                actions);
        }
    }

    private static ActionSet Except(ActionSet set, ActionSet remove)
    {
        var copy = set.Copy();
        copy.ExceptWith(remove);
        return copy;
    }

    private static bool IsServiceWildcard(string pattern) => pattern.Length > 2 && pattern.EndsWith(":*", StringComparison.Ordinal) && !pattern.StartsWith('*');

    private static bool AnyRole(string resource) => resource.EndsWith(":role/*", StringComparison.OrdinalIgnoreCase) || resource.EndsWith(":*", StringComparison.Ordinal);
}
