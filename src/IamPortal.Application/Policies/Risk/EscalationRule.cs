using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Risk;

/// <summary>
/// Privilege escalation: each combination of <see cref="EscalationCombinations"/> whose actions are all allowed. To keep a
/// report readable, a combination is left out when one already reported says the same with no weaker confirmation:
/// a wildcard line ("iam:*") covers the lines inside it, and a line covers the longer lines that contain it.
/// </summary>
internal static class EscalationRule
{
    private static readonly Dictionary<string, string> Hints = new(StringComparer.OrdinalIgnoreCase)
    {
        ["iam:PassRole"] = "iam:PassRole hands an existing role to a new resource, which then runs with that role's permissions",
        ["iam:CreatePolicyVersion"] = "iam:CreatePolicyVersion rewrites a managed policy, including one the identity itself has",
        ["iam:SetDefaultPolicyVersion"] = "iam:SetDefaultPolicyVersion switches a policy back to an older, broader version",
        ["iam:CreateAccessKey"] = "iam:CreateAccessKey makes keys for another user and acts as them",
        ["iam:CreateLoginProfile"] = "iam:CreateLoginProfile sets a console password for another user",
        ["iam:UpdateLoginProfile"] = "iam:UpdateLoginProfile changes another user's console password",
        ["iam:AttachUserPolicy"] = "iam:AttachUserPolicy attaches any managed policy, AdministratorAccess included",
        ["iam:AttachGroupPolicy"] = "iam:AttachGroupPolicy attaches any managed policy to a group the identity is in",
        ["iam:AttachRolePolicy"] = "iam:AttachRolePolicy attaches any managed policy to a role the identity can use",
        ["iam:PutUserPolicy"] = "iam:PutUserPolicy writes an inline policy granting anything",
        ["iam:PutGroupPolicy"] = "iam:PutGroupPolicy writes an inline policy granting anything to a group",
        ["iam:PutRolePolicy"] = "iam:PutRolePolicy writes an inline policy granting anything to a role",
        ["iam:AddUserToGroup"] = "iam:AddUserToGroup joins a more privileged group",
        ["iam:UpdateAssumeRolePolicy"] = "iam:UpdateAssumeRolePolicy lets the identity assume a more privileged role",
        ["iam:DeleteUserPermissionsBoundary"] = "iam:DeleteUserPermissionsBoundary lifts the boundary that limits a user",
        ["sts:AssumeRole"] = "sts:AssumeRole takes on a role's permissions",
        ["lambda:UpdateFunctionCode"] = "lambda:UpdateFunctionCode runs new code with the function's role",
        ["ssm:SendCommand"] = "ssm:SendCommand runs commands on instances, with their roles",
        ["ssm:StartSession"] = "ssm:StartSession opens a shell on instances, with their roles",
    };

    public static IEnumerable<RiskFinding> Find(RiskContext context)
    {
        var fired = new List<Path>();
        foreach (var combination in EscalationCombinations.All)
            if (Evaluate(context, combination) is { } path) fired.Add(path);

        var kept = fired.Where(p => !fired.Any(other => other != p && Covers(other, p))).ToList();
        foreach (var path in kept)
        {
            var actions = path.Items.Order(StringComparer.OrdinalIgnoreCase).ToList();
            var hints = actions.Where(Hints.ContainsKey).Select(a => Hints[a]).ToList();
            yield return context.Finding(RiskCategory.PrivilegeEscalation, RiskSeverity.High, path.Confirmed, RiskContext.ActionsKey(actions),
                "Privilege escalation through " + string.Join(" + ", actions),
                (actions.Count == 1 ? "This action lets" : "Together these actions let")
                + " whoever has them gain permissions they were not given"
                + (hints.Count > 0 ? ": " + string.Join("; ", hints) + "." : "."),
                actions, context.Permissions.Granting(path.Names));
        }
    }

    /// <summary>Whether <paramref name="wider"/> already says what <paramref name="path"/> says, no less confirmed.</summary>
    private static bool Covers(Path wider, Path path)
    {
        if (path.Confirmed && !wider.Confirmed) return false;
        if (wider.HasPattern) return path.HasPattern ? path.Names.IsProperSubsetOf(wider.Names) : path.Names.IsSubsetOf(wider.Names);
        if (path.HasPattern) return false;
        return wider.Names.IsProperSubsetOf(path.Names);
    }

    private static Path? Evaluate(RiskContext context, IReadOnlyList<string> items)
    {
        var confirmed = true;
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var hasPattern = false;
        foreach (var item in items)
        {
            if (item.AsSpan().IndexOfAny('*', '?') >= 0)
            {
                hasPattern = true;
                var set = context.Universe.Expand(item);
                if (set.IsEmpty || !context.Permissions.Allowed.ContainsAll(set)) return null;
                confirmed &= context.Permissions.Confirmed.ContainsAll(set);
                foreach (var id in set.Ids()) names.Add(context.Universe.NameOf(id));
            }
            else
            {
                var (allowed, isConfirmed) = context.Permissions.Check(item);
                if (!allowed) return null;
                confirmed &= isConfirmed;
                names.Add(item);
            }
        }
        return new Path(items, names, hasPattern, confirmed);
    }

    private sealed record Path(IReadOnlyList<string> Items, HashSet<string> Names, bool HasPattern, bool Confirmed);
}
