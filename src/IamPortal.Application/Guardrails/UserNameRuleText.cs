namespace IamPortal.Application.Guardrails;

/// <summary>The user name guardrail in words, built from parts so a blank pattern or hint leaves no dangling separator.</summary>
public static class UserNameRuleText
{
    /// <summary>The organisation's naming rule (its hint, else the pattern itself); null when no pattern is set.</summary>
    public static string? Rule(Guardrails g) =>
        string.IsNullOrWhiteSpace(g.UserNamePattern) ? null
        : string.IsNullOrWhiteSpace(g.UserNamePatternHint) ? g.UserNamePattern.Trim() : g.UserNamePatternHint.Trim();

    /// <summary>The user name field's helper text, e.g. "1–64 characters; lower-case letters… Unique in the account, ignoring case."</summary>
    public static string Help(Guardrails g) =>
        string.Join("; ", new[] { "1–64 characters", Rule(g) }.OfType<string>()) + ". Unique in the account, ignoring case.";
}
