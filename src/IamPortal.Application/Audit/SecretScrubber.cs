using System.Text.Json;

namespace IamPortal.Application.Audit;

/// <summary>Turns an action's parameters into JSON for the audit log with every secret removed.</summary>
public static class SecretScrubber
{
    private static readonly string[] SecretWords = ["password", "secret", "seed", "code", "token", "privatekey", "credential"];
    /// <summary>
    /// Endings of names that are about a secret without holding one, kept as evidence: a flag (PasswordResetRequired),
    /// a choice (PasswordChoice), an identifier (ServiceSpecificCredentialId).
    /// </summary>
    private static readonly string[] EvidenceEndings = ["Required", "Choice", "Id"];
    public const string Redacted = "[redacted]";

    public static bool IsSecret(string name)
    {
        if (EvidenceEndings.Any(e => name.EndsWith(e, StringComparison.Ordinal))) return false;
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
