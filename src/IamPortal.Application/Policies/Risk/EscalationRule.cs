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
        var permissions = context.Permissions;
        var fired = new Dictionary<int, bool>();
        foreach (var path in context.Tables.Escalations)
        {
            var actions = path.Actions;
            if (actions.Known.IsEmpty && actions.Unknown.Count == 0) continue;
            if (!permissions.Allowed.ContainsAll(actions.Known)) continue;
            var confirmed = permissions.Confirmed.ContainsAll(actions.Known);
            var allowed = true;
            foreach (var name in actions.Unknown)
            {
                var check = permissions.Check(name);
                allowed &= check.Allowed;
                confirmed &= check.Confirmed;
            }
            if (allowed && !PatternEmpty(context, path)) fired[path.Index] = confirmed;
        }

        foreach (var (index, confirmed) in fired)
        {
            var path = context.Tables.Escalations[index];
            if (path.CoveredBy.Any(w => fired.TryGetValue(w, out var widerConfirmed) && (widerConfirmed || !confirmed))) continue;
            var hints = path.Items.Where(Hints.ContainsKey).Select(a => Hints[a]).ToList();
            yield return context.Finding(RiskCategory.PrivilegeEscalation, RiskSeverity.High, confirmed, RiskContext.ActionsKey(path.Items),
                "Privilege escalation through " + string.Join(" + ", path.Items),
                (path.Items.Count == 1 ? "This action lets" : "Together these actions let")
                + " whoever has them gain permissions they were not given"
                + (hints.Count > 0 ? ": " + string.Join("; ", hints) + "." : "."),
                path.Items, context.Permissions.Granting(path.Actions));
        }
    }

    /// <summary>A wildcard item that names no catalogued action can never be all allowed.</summary>
    private static bool PatternEmpty(RiskContext context, EscalationPath path) =>
        path.HasPattern && path.Items.Any(i => RiskTables.IsPattern(i) && context.Universe.Expand(i).IsEmpty);
}
