using System.Text.RegularExpressions;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Validation;

/// <summary>A statement's Condition block: operators, keys and the type of each value. Returns the keys it names, for the catalogue checks.</summary>
internal static partial class ConditionChecks
{
    [GeneratedRegex(@"^[A-Za-z0-9.-]+:\S+$")]
    private static partial Regex ConditionKey();

    public static List<JsonMember> Check(JsonMember condition, int statement, StatementContext context)
    {
        var findings = context.Findings;
        var keys = new List<JsonMember>();
        if (condition.Value.Kind != JsonKind.Object)
        {
            findings.Add(FindingLevel.Error, ValidationCodes.DataTypeMismatch,
                $"Condition must be an object such as {{\"Bool\": {{\"aws:MultiFactorAuthPresent\": \"true\"}}}}, not {condition.Value.Describe()}.", condition.Value, statement, "Condition");
            return keys;
        }
        if (condition.Value.Members.Count == 0)
            findings.Add(FindingLevel.Suggestion, ValidationCodes.EmptyObject, "Condition is empty: remove it, it adds nothing.", condition, statement);
        foreach (var block in condition.Value.Members)
        {
            var op = ConditionOperator.Parse(block.Name);
            if (op is null)
            {
                var correct = ConditionOperator.CorrectCase(block.Name);
                findings.Add(FindingLevel.Error, ValidationCodes.UnknownOperator, correct is not null
                    ? $"\"{block.Name}\" must be written \"{correct}\": condition operators are case-sensitive."
                    : $"\"{block.Name}\" is not a condition operator. Use one of IAM's (StringEquals, StringLike, ArnLike, NumericLessThan, DateGreaterThan, Bool, IpAddress, Null, ...).",
                    block.Line, block.Column, statement, "Condition");
                continue;
            }
            if (op is { Type: ConditionType.Null, IfExists: true })
                findings.Add(FindingLevel.Error, ValidationCodes.NullWithIfExists,
                    "Null cannot take IfExists: Null already checks whether the key is present.", block.Line, block.Column, statement, "Condition");
            if (block.Value.Kind != JsonKind.Object)
            {
                findings.Add(FindingLevel.Error, ValidationCodes.DataTypeMismatch,
                    $"\"{block.Name}\" must hold an object of condition keys and values, not {block.Value.Describe()}.", block.Value, statement, "Condition");
                continue;
            }
            if (block.Value.Members.Count == 0)
                findings.Add(FindingLevel.Suggestion, ValidationCodes.EmptyObject, $"\"{block.Name}\" names no condition key: remove it.", block.Line, block.Column, statement, "Condition");
            foreach (var key in block.Value.Members)
            {
                keys.Add(key);
                CheckKey(op, key, statement, context);
            }
        }
        return keys;
    }

    private static void CheckKey(ConditionOperator op, JsonMember key, int statement, StatementContext context)
    {
        var findings = context.Findings;
        if (!ConditionKey().IsMatch(key.Name))
            findings.Add(FindingLevel.Error, ValidationCodes.InvalidConditionKeyFormat,
                $"\"{key.Name}\" is not a condition key: a key is written service:name, for example aws:SourceIp.", key.Line, key.Column, statement, "Condition");
        var value = key.Value;
        if (value.Kind == JsonKind.Array && value.Items.Count == 0)
        {
            findings.Add(FindingLevel.Suggestion, ValidationCodes.EmptyArray,
                $"\"{key.Name}\" has no values: with an empty list the condition never matches.", value, statement, "Condition");
            return;
        }
        foreach (var item in value.Values())
        {
            if (item.Kind is JsonKind.Object or JsonKind.Array or JsonKind.Null)
            {
                findings.Add(FindingLevel.Error, ValidationCodes.DataTypeMismatch,
                    $"A value of \"{key.Name}\" must be a string, number or boolean, not {item.Describe()}.", item, statement, "Condition");
                continue;
            }
            var text = item.Text ?? "";
            if (item.IsString) context.CheckVariables(text, item, statement, "Condition");
            var problem = ConditionValues.Problem(op.Type, item);
            if (problem is not null)
                findings.Add(FindingLevel.Error, ValidationCodes.DataTypeMismatch,
                    $"{op.Name} compares {Describe(op.Type)}: \"{Display(item)}\" is not {problem}.", item, statement, "Condition");
            else if (op is { Type: ConditionType.String, IsLike: false } && item.IsString && Wildcards.Has(PolicyVariables.Replace(text, "")))
                findings.Add(FindingLevel.Warning, ValidationCodes.WildcardWithoutLikeOperator,
                    $"\"{text}\" has a wildcard, but {op.Name} compares it literally: use StringLike (or StringNotLike) for * and ?.", item, statement, "Condition");
        }
    }

    private static string Display(JsonNode item) => item.Kind switch
    {
        JsonKind.True => "true",
        JsonKind.False => "false",
        _ => item.Text ?? "",
    };

    private static string Describe(ConditionType type) => type switch
    {
        ConditionType.Numeric => "numbers",
        ConditionType.Date => "dates",
        ConditionType.Bool or ConditionType.Null => "true or false",
        ConditionType.Binary => "base64 values",
        ConditionType.IpAddress => "IP addresses",
        ConditionType.Arn => "ARNs",
        _ => "strings",
    };
}
