using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;

namespace IamPortal.Application.Policies.Validation;

/// <summary>
/// The checks that need AWS's action catalogue: unknown services and actions, wildcards that match nothing, resources no
/// resource type of the action can be, and condition keys the service or its actions do not have (aws:* keys are global).
/// </summary>
internal static class CatalogChecks
{
    public static void Check(IActionCatalog catalog, JsonMember? action, List<JsonNode> actions, JsonMember? resource, List<JsonNode> resources,
        List<JsonMember> conditionKeys, int index, FindingSink findings)
    {
        var granted = new List<CatalogAction>();
        var allResolved = action?.Name == "Action";
        foreach (var value in actions)
        {
            var found = Resolve(catalog, value, index, action!.Name, findings);
            if (found is null) allResolved = false;
            else granted.AddRange(found);
        }
        if (action?.Name == "Action" && resource?.Name == "Resource" && resources.Count > 0 && resources.All(r => r.Text != "*"))
            CheckResources(catalog, actions, resources, index, findings);
        foreach (var key in conditionKeys)
            CheckConditionKey(catalog, key, allResolved ? granted : null, index, findings);
    }

    /// <summary>The actions a value names; null for "*", a wildcard service, or a value already reported.</summary>
    private static IReadOnlyList<CatalogAction>? Resolve(IActionCatalog catalog, JsonNode value, int index, string element, FindingSink findings)
    {
        var text = value.Text!;
        var colon = text.IndexOf(':');
        if (text == "*" || colon <= 0) return null;
        var prefix = text[..colon];
        if (Wildcards.Has(prefix)) return null;
        if (catalog.FindService(prefix) is null)
        {
            findings.Add(FindingLevel.Error, ValidationCodes.UnknownPrefix,
                $"\"{prefix}\" is not an AWS service prefix (in \"{text}\"). Check the spelling, for example s3, ec2, iam.", value, index, element);
            return null;
        }
        var name = text[(colon + 1)..];
        if (Wildcards.Has(name))
        {
            var expanded = catalog.Expand(text);
            if (expanded.Count == 0)
                findings.Add(FindingLevel.Error, ValidationCodes.WildcardMatchesNoAction,
                    $"\"{text}\" matches no action of {prefix}: the statement grants nothing through it.", value, index, element);
            return expanded;
        }
        if (catalog.FindAction(text) is { } found) return [found];
        findings.Add(FindingLevel.Error, ValidationCodes.UnknownAction,
            $"{prefix} has no action \"{name}\". Check the spelling in the service's list of actions.", value, index, element);
        return null;
    }

    private static void CheckResources(IActionCatalog catalog, List<JsonNode> actions, List<JsonNode> resources, int index, FindingSink findings)
    {
        foreach (var value in actions.Where(a => !Wildcards.Has(a.Text!)))
        {
            if (catalog.FindAction(value.Text!) is not { ResourceTypes.Count: > 0 } found) continue;
            var service = catalog.FindService(found.Service);
            var patterns = found.ResourceTypes
                .Select(t => service?.ResourceTypes.FirstOrDefault(r => string.Equals(r.Name, t, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            if (patterns.Any(p => p is null)) continue; // a resource type the catalogue does not describe: cannot judge
            if (resources.Any(r => patterns.Any(p => Wildcards.CanOverlap(p!.ArnPattern, r.Text!)))) continue;
            var expected = string.Join(" or ", patterns.Select(p => $"{p!.Name} ({p.ArnPattern})"));
            findings.Add(FindingLevel.Error, ValidationCodes.UnsupportedResourceArn,
                $"{found.FullName} acts on {expected}; none of this statement's resources can be one, so the statement does not grant it.",
                value, index, "Action");
        }
    }

    private static void CheckConditionKey(IActionCatalog catalog, JsonMember key, List<CatalogAction>? granted, int index, FindingSink findings)
    {
        var colon = key.Name.IndexOf(':');
        if (colon <= 0) return;
        var prefix = key.Name[..colon];
        if (prefix.Equals("aws", StringComparison.OrdinalIgnoreCase)) return;
        var service = catalog.FindService(prefix);
        var supportedByActions = granted?.Any(a => Supports(a.ConditionKeys, key.Name));
        if (service is null || (!Supports(service.ConditionKeys, key.Name) && supportedByActions != true && !service.Actions.Any(a => Supports(a.ConditionKeys, key.Name))))
        {
            findings.Add(FindingLevel.Error, ValidationCodes.InvalidServiceConditionKey, service is null
                ? $"\"{key.Name}\" is not a condition key: no AWS service has the prefix \"{prefix}\"."
                : $"{service.Name} has no condition key \"{key.Name}\". Check the spelling in the service's list of condition keys.",
                key.Line, key.Column, index, "Condition");
            return;
        }
        if (supportedByActions == false && granted!.Count > 0)
            findings.Add(FindingLevel.Warning, ValidationCodes.UnsupportedConditionKey,
                $"None of this statement's actions supports \"{key.Name}\": the condition never matches for them.",
                key.Line, key.Column, index, "Condition");
    }

    /// <summary>Is <paramref name="key"/> one of <paramref name="keys"/>, where a key such as s3:ExistingObjectTag/${TagKey} stands for any tag key?</summary>
    private static bool Supports(IReadOnlyList<string> keys, string key) => keys.Any(k =>
    {
        if (string.Equals(k, key, StringComparison.OrdinalIgnoreCase)) return true;
        var open = k.IndexOfAny(['$', '<']);
        return open > 0 && key.Length > open && key.StartsWith(k[..open], StringComparison.OrdinalIgnoreCase);
    });
}
