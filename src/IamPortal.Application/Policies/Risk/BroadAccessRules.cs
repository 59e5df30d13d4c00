using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Risk;

/// <summary>Admin-equivalence and Allow statements written with NotAction or NotResource.</summary>
internal static class BroadAccessRules
{
    /// <summary>"Anything but a few": at most this many catalogued actions left out still counts as everything.</summary>
    public const int AdminSlack = 50;

    public static IEnumerable<RiskFinding> AdminEquivalent(RiskContext context)
    {
        var (universe, permissions) = (context.Universe, context.Permissions);
        var everything = universe.Size - AdminSlack;
        var reach = permissions.OnAnyResource.Count;
        if (reach < everything) yield break;
        var confirmed = permissions.Confirmed.Count >= everything;
        var statements = permissions.Allows
            .Where(s => s.Statement.OnAnyResource && s.Actions.Count > universe.Size / 2)
            .Select(s => s.Ref).ToList();
        var missing = universe.Size - reach;
        yield return context.Finding(RiskCategory.AdminEquivalent, RiskSeverity.Critical, confirmed, "*",
            "Administrator access (admin-equivalent)",
            $"Allows {(missing == 0 ? "every" : $"all but {missing} of the")} {universe.Size:N0} known actions on every resource: whoever has this can do anything "
            + "in the account, including giving themselves or anyone else any permission, reading any data and creating credentials.",
            ["*"], statements);
    }

    public static IEnumerable<RiskFinding> AllowWithNotActionOrNotResource(RiskContext context)
    {
        foreach (var compiled in context.Permissions.Allows)
        {
            var statement = compiled.Statement;
            if (!statement.IsNotAction && !statement.IsNotResource) continue;
            var parts = new List<string>();
            var key = "";
            if (statement.IsNotAction)
            {
                parts.Add($"every action except {RiskContext.List(statement.Actions)} ({compiled.Actions.Count:N0} known actions, and any AWS adds later)");
                key += "NotAction=" + RiskContext.ActionsKey(statement.Actions);
            }
            if (statement.IsNotResource)
            {
                parts.Add($"on every resource except {RiskContext.List(statement.Resources)}");
                key += (key.Length > 0 ? ";" : "") + "NotResource=" + RiskContext.ActionsKey(statement.Resources);
            }
            var what = statement.IsNotAction && statement.IsNotResource ? "NotAction and NotResource" : statement.IsNotAction ? "NotAction" : "NotResource";
            yield return context.Finding(RiskCategory.AllowWithNotActionOrNotResource, RiskSeverity.Medium, statement.Unconditional, key,
                $"Allow with {what}",
                $"Statement {statement.Index + 1} of {compiled.PolicyName} allows {string.Join(" ", parts)}. An Allow that names what it leaves out "
                + "grants far more than it appears to; name the actions and resources instead.",
                statement.Actions, [compiled.Ref]);
        }
    }
}
