using System.Text.RegularExpressions;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Validation;

/// <summary>One statement: Sid, Effect, Action/NotAction, Resource/NotResource, Principal (refused here), Condition.</summary>
internal static partial class StatementChecks
{
    private static readonly string[] Elements = ["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"];

    [GeneratedRegex("^[0-9A-Za-z]*$")]
    private static partial Regex Sid();

    [GeneratedRegex(@"^[A-Za-z0-9*?-]+:[A-Za-z0-9*?_-]+$")]
    private static partial Regex ActionName();

    public static void Check(JsonNode statement, int index, StatementContext context)
    {
        var findings = context.Findings;
        if (statement.Kind != JsonKind.Object)
        {
            findings.Add(FindingLevel.Error, ValidationCodes.DataTypeMismatch, $"Each statement must be an object, not {statement.Describe()}.", statement, index);
            return;
        }
        foreach (var member in statement.Members)
            ElementNames.Check(member, Elements, "statement", index, findings);

        CheckSid(statement.Member("Sid"), index, context);
        var allow = CheckEffect(statement, index, findings);
        foreach (var principal in new[] { statement.Member("Principal"), statement.Member("NotPrincipal") })
            if (principal is not null)
                findings.Add(FindingLevel.Error, ValidationCodes.UnsupportedElement,
                    $"{principal.Name} belongs in resource policies and trust policies: an identity policy applies to the user or group it is attached to. Remove it.", principal, index);

        var action = Pair(statement, "Action", "NotAction", index, ValidationCodes.MissingAction, ValidationCodes.ActionAndNotAction, findings);
        var resource = Pair(statement, "Resource", "NotResource", index, ValidationCodes.MissingResource, ValidationCodes.ResourceAndNotResource, findings);
        var actions = action is null ? [] : Strings(action, index, findings);
        foreach (var a in actions.Where(a => a.Text != "*" && !ActionName().IsMatch(a.Text!)))
            findings.Add(FindingLevel.Error, ValidationCodes.InvalidAction,
                $"\"{a.Text}\" is not an action: write service:Action, for example s3:GetObject, s3:Get* or \"*\".", a, index, action!.Name);
        var resources = resource is null ? [] : Strings(resource, index, findings);
        foreach (var r in resources)
        {
            ArnChecks.Check(r.Text!, r, index, resource!.Name, findings);
            context.CheckVariables(r.Text!, r, index, resource.Name);
        }
        var conditionKeys = statement.Member("Condition") is { } condition ? ConditionChecks.Check(condition, index, context) : [];

        if (allow)
            SecurityWarnings.Check(action, actions, resource, resources, index, findings);
        if (context.Catalog is { Services.Count: > 0 } catalog)
            CatalogChecks.Check(catalog, action, actions, resource, resources, conditionKeys, index, findings);
    }

    private static void CheckSid(JsonMember? sid, int index, StatementContext context)
    {
        if (sid is null) return;
        var findings = context.Findings;
        if (!sid.Value.IsString)
        {
            findings.Add(FindingLevel.Error, ValidationCodes.DataTypeMismatch, $"Sid must be a string, not {sid.Value.Describe()}.", sid.Value, index, "Sid");
            return;
        }
        var text = sid.Value.Text!;
        if (text.Length == 0)
            findings.Add(FindingLevel.Suggestion, ValidationCodes.EmptySid, "Sid is empty: name the statement (letters and digits) or remove Sid.", sid.Value, index, "Sid");
        else if (!Sid().IsMatch(text))
            findings.Add(FindingLevel.Error, ValidationCodes.InvalidSid,
                $"Sid \"{text}\" may contain only letters A-Z, a-z and digits 0-9 (no spaces, dashes or underscores).", sid.Value, index, "Sid");
        else if (context.Sids.TryGetValue(text, out var first))
            findings.Add(FindingLevel.Error, ValidationCodes.DuplicateSid,
                $"Sid \"{text}\" is already used by the statement on line {first.Line}: each statement's Sid must be unique.", sid.Value, index, "Sid");
        else
            context.Sids[text] = sid.Value;
    }

    /// <summary>Checks Effect; true when it is Allow.</summary>
    private static bool CheckEffect(JsonNode statement, int index, FindingSink findings)
    {
        var effect = statement.Member("Effect");
        if (effect is null)
        {
            findings.Add(FindingLevel.Error, ValidationCodes.MissingEffect, "The statement has no Effect: add \"Effect\": \"Allow\" or \"Deny\".", statement, index, "Effect");
            return false;
        }
        if (effect.Value is { IsString: true, Text: "Allow" or "Deny" })
            return effect.Value.Text == "Allow";
        var text = effect.Value.IsString ? $"\"{effect.Value.Text}\"" : effect.Value.Describe();
        findings.Add(FindingLevel.Error, ValidationCodes.InvalidEffect, $"Effect must be \"Allow\" or \"Deny\" (with that case), not {text}.", effect.Value, index, "Effect");
        return false;
    }

    /// <summary>Exactly one of a pair (Action/NotAction, Resource/NotResource): returns the one present.</summary>
    private static JsonMember? Pair(JsonNode statement, string name, string notName, int index, string missingCode, string bothCode, FindingSink findings)
    {
        var positive = statement.Member(name);
        var negative = statement.Member(notName);
        if (positive is not null && negative is not null)
            findings.Add(FindingLevel.Error, bothCode, $"A statement has either {name} or {notName}, not both: remove one.", negative, index);
        else if (positive is null && negative is null)
            findings.Add(FindingLevel.Error, missingCode, $"The statement has no {name}: add \"{name}\" (or \"{notName}\").", statement, index, name);
        return positive ?? negative;
    }

    /// <summary>The strings of an element that is a string or an array of strings; other shapes are reported.</summary>
    private static List<JsonNode> Strings(JsonMember member, int index, FindingSink findings)
    {
        if (member.Value.Kind == JsonKind.Array && member.Value.Items.Count == 0)
            findings.Add(FindingLevel.Suggestion, ValidationCodes.EmptyArray, $"{member.Name} is an empty list: the statement matches nothing.", member.Value, index, member.Name);
        var strings = new List<JsonNode>();
        foreach (var value in member.Value.Values())
        {
            if (value.IsString) strings.Add(value);
            else findings.Add(FindingLevel.Error, ValidationCodes.DataTypeMismatch,
                $"{member.Name} must be a string or a list of strings, not {value.Describe()}.", value, index, member.Name);
        }
        return strings;
    }
}
