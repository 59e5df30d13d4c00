using System.Text.Json;

namespace IamPortal.Application.Audit;

/// <summary>Turns an action's parameters into JSON for the audit log with every secret removed.</summary>
public static class SecretScrubber
{
    private static readonly string[] SecretWords = ["password", "secret", "seed", "code", "token", "privatekey", "credential"];
    public const string Redacted = "[redacted]";

    public static bool IsSecret(string name)
    {
        var n = name.Replace("_", "").Replace("-", "").ToLowerInvariant();
        return SecretWords.Any(n.Contains);
    }

    public static string ToJson(IReadOnlyDictionary<string, object?>? parameters)
    {
        if (parameters is null || parameters.Count == 0) return "{}";
        var safe = parameters.OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToDictionary(p => p.Key, p => IsSecret(p.Key) ? Redacted : p.Value);
        return JsonSerializer.Serialize(safe);
    }
}
