using System.Text.Json;

namespace IamPortal.Application.Policies.Risk;

/// <summary>One statement as the risk engine needs it: effect, actions or not-actions, whether it applies to every resource, whether a condition limits it.</summary>
internal sealed record PolicyStatement(
    int Index,
    string? Sid,
    bool IsAllow,
    IReadOnlyList<string> Actions,
    bool IsNotAction,
    IReadOnlyList<string> Resources,
    bool IsNotResource,
    bool HasCondition)
{
    /// <summary>Resource "*" (or NotResource, which names what it leaves out): the statement reaches every resource of its actions.</summary>
    public bool OnAnyResource => IsNotResource || Resources.Any(r => r == "*");

    /// <summary>Nothing limits what the statement grants or denies: every resource, no condition.</summary>
    public bool Unconditional => OnAnyResource && !HasCondition;
}

/// <summary>
/// Reads identity policy documents leniently with System.Text.Json: Statement as object or array, Action/NotAction and
/// Resource/NotResource as string or array, element names in any case. A document that is not JSON, or has no statements, gives null.
/// </summary>
internal static class PolicyDocumentReader
{
    public static IReadOnlyList<PolicyStatement>? Read(string document)
    {
        try
        {
            using var json = JsonDocument.Parse(document, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
            if (json.RootElement.ValueKind != JsonValueKind.Object || Property(json.RootElement, "Statement") is not { } statements) return null;
            var elements = statements.ValueKind switch
            {
                JsonValueKind.Array => [.. statements.EnumerateArray()],
                JsonValueKind.Object => [statements],
                _ => new List<JsonElement>(),
            };
            var read = new List<PolicyStatement>();
            for (var i = 0; i < elements.Count; i++)
                if (ReadStatement(elements[i], i) is { } statement) read.Add(statement);
            return read;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PolicyStatement? ReadStatement(JsonElement element, int index)
    {
        if (element.ValueKind != JsonValueKind.Object) return null;
        var effect = Property(element, "Effect") is { ValueKind: JsonValueKind.String } e ? e.GetString() : null;
        var isAllow = string.Equals(effect, "Allow", StringComparison.OrdinalIgnoreCase);
        if (!isAllow && !string.Equals(effect, "Deny", StringComparison.OrdinalIgnoreCase)) return null;
        var notAction = Property(element, "NotAction");
        var action = notAction is null ? Property(element, "Action") : notAction;
        var notResource = Property(element, "NotResource");
        var resource = notResource is null ? Property(element, "Resource") : notResource;
        var condition = Property(element, "Condition");
        return new PolicyStatement(
            index,
            Property(element, "Sid") is { ValueKind: JsonValueKind.String } sid ? sid.GetString() : null,
            isAllow,
            Strings(action),
            notAction is not null,
            Strings(resource),
            notResource is not null,
            condition is { ValueKind: JsonValueKind.Object } c && c.EnumerateObject().Any());
    }

    private static JsonElement? Property(JsonElement element, string name)
    {
        foreach (var property in element.EnumerateObject())
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase)) return property.Value;
        return null;
    }

    private static List<string> Strings(JsonElement? value) => value switch
    {
        { ValueKind: JsonValueKind.String } s => [s.GetString()!],
        { ValueKind: JsonValueKind.Array } a => [.. a.EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)],
        _ => [],
    };
}
