using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Validation;

/// <summary>Allow statements that grant more than they seem to: NotAction, NotResource, iam:PassRole on any role.</summary>
internal static class SecurityWarnings
{
    private const string PassRole = "iam:PassRole";

    public static void Check(JsonMember? action, List<JsonNode> actions, JsonMember? resource, List<JsonNode> resources, int index, FindingSink findings)
    {
        if (action?.Name == "NotAction")
            findings.Add(FindingLevel.SecurityWarning, ValidationCodes.AllowWithNotAction,
                "Allow with NotAction allows every action not listed, including actions AWS adds later. List the actions to allow instead.", action, index);
        if (resource?.Name == "NotResource")
            findings.Add(FindingLevel.SecurityWarning, ValidationCodes.AllowWithNotResource,
                "Allow with NotResource allows the actions on every resource not listed, including resources created later. List the resources instead.", resource, index);
        if (action is null || resource is null) return;

        var passRole = action.Name == "Action"
            ? actions.FirstOrDefault(a => Wildcards.IsMatch(a.Text!, PassRole))
            : actions.Any(a => Wildcards.IsMatch(a.Text!, PassRole)) ? null : action.Value;
        if (passRole is null) return;
        var through = passRole.IsString && passRole.Text != PassRole ? $" (through \"{passRole.Text}\")" : action.Name == "NotAction" ? " (through NotAction)" : "";
        if (resource.Name == "NotResource")
            findings.Add(FindingLevel.SecurityWarning, ValidationCodes.PassRoleWithNotResource,
                $"This statement allows iam:PassRole{through} on every role except those listed: whoever has it can hand a powerful role to a service and act with its permissions. Name the roles in Resource.",
                resource, index);
        else if (resources.FirstOrDefault(r => r.Text == "*") is { } star)
            findings.Add(FindingLevel.SecurityWarning, ValidationCodes.PassRoleWithStarInResource,
                $"This statement allows iam:PassRole{through} on every role (\"*\"): whoever has it can hand any role, even an administrator's, to a service and act with its permissions. Name the roles, e.g. arn:aws:iam::123456789012:role/app-*.",
                star, index, "Resource");
    }
}
