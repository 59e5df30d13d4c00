namespace IamPortal.Application.Guardrails;

/// <summary>
/// The organisation's rules for IAM users, with sensible defaults (CIS where it has a number). Admins change them on
/// the settings page; every service that creates or changes users checks them.
/// </summary>
public sealed record Guardrails
{
    public IReadOnlyList<string> RequiredTags { get; init; } = ["Department", "CostCenter", "Owner"];
    /// <summary>A .NET regular expression user names must match, on top of IAM's own rule; empty = IAM's rule only.</summary>
    public string UserNamePattern { get; init; } = @"^[a-z0-9][a-z0-9._@+=,-]*$";
    public string UserNamePatternHint { get; init; } = "lower-case letters, digits and . _ @ + = , -";
    /// <summary>Default: no, permissions come through groups (CIS 1.15).</summary>
    public bool AllowDirectPolicyAttachment { get; init; }
    public int AccessKeyMaxAgeDays { get; init; } = 90;
    public int InactivityThresholdDays { get; init; } = 45;
    public bool RequireMfaForConsoleUsers { get; init; } = true;
    public string DefaultPath { get; init; } = "/";
}
