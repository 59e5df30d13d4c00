using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Validation;

/// <summary>The top level of a policy: an object with Version, an optional Id, and Statement (one object or an array of them).</summary>
internal static class DocumentChecks
{
    public const string Version2012 = "2012-10-17";
    private static readonly string[] Elements = ["Version", "Id", "Statement"];

    public static void Check(JsonNode root, StatementContext context)
    {
        var findings = context.Findings;
        if (root.Kind != JsonKind.Object)
        {
            findings.Add(FindingLevel.Error, ValidationCodes.PolicyNotObject,
                $"A policy is a JSON object such as {{\"Version\": \"2012-10-17\", \"Statement\": [...]}}, not {root.Describe()}.", root);
            return;
        }
        foreach (var member in root.Members)
            ElementNames.Check(member, Elements, "policy", null, findings);

        var version = CheckVersion(root, findings);
        var statement = root.Member("Statement");
        if (statement is null)
            findings.Add(FindingLevel.Error, ValidationCodes.MissingStatement, "The policy has no Statement: add \"Statement\": [ ... ] with at least one statement.", root);
        else if (statement.Value.Kind == JsonKind.Object)
            StatementChecks.Check(statement.Value, 0, context);
        else if (statement.Value.Kind == JsonKind.Array)
        {
            if (statement.Value.Items.Count == 0)
                findings.Add(FindingLevel.Error, ValidationCodes.MissingStatement, "Statement is an empty list: a policy needs at least one statement.", statement);
            for (var i = 0; i < statement.Value.Items.Count; i++)
                StatementChecks.Check(statement.Value.Items[i], i, context);
        }
        else
            findings.Add(FindingLevel.Error, ValidationCodes.DataTypeMismatch,
                $"Statement must be an object or an array of objects, not {statement.Value.Describe()}.", statement.Value, element: "Statement");

        if (root.Member("Id") is { Value.IsString: false } id)
            findings.Add(FindingLevel.Error, ValidationCodes.DataTypeMismatch, $"Id must be a string, not {id.Value.Describe()}.", id.Value, element: "Id");
        if (context.FirstVariable is { } variable && version != Version2012)
            findings.Add(FindingLevel.Error, ValidationCodes.VariableNeedsVersion,
                "Policy variables such as ${aws:username} work only with \"Version\": \"2012-10-17\"; otherwise IAM reads them as plain text.", variable);
    }

    private static string? CheckVersion(JsonNode root, FindingSink findings)
    {
        var version = root.Member("Version");
        if (version is null)
        {
            findings.Add(FindingLevel.Warning, ValidationCodes.MissingVersion,
                "The policy has no Version: add \"Version\": \"2012-10-17\" (without it IAM uses the 2008 language, where policy variables do not work).", root, element: "Version");
            return null;
        }
        if (version.Value is { IsString: true, Text: Version2012 or "2008-10-17" })
            return version.Value.Text;
        findings.Add(FindingLevel.Error, ValidationCodes.InvalidVersion,
            $"Version must be \"2012-10-17\" (or the older \"2008-10-17\"), not {(version.Value.IsString ? $"\"{version.Value.Text}\"" : version.Value.Describe())}. It is the policy language's version, not a date of yours.",
            version.Value, element: "Version");
        return null;
    }
}
