using IamPortal.Application.Policies.Catalog;

namespace IamPortal.Application.Policies.Analysis;

/// <summary>For one access level of one service: how many of the service's actions of that level are allowed, of how many.</summary>
public sealed record AccessLevelGrant(AccessLevel Level, int Allowed, int Total)
{
    public bool IsFull => Total > 0 && Allowed == Total;
}

/// <summary>
/// The console's policy summary row for one service: per access level Full or Limited, the resources and whether a condition applies.
/// <see cref="Text"/> reads as the console does: "Full access" or "Limited: List, Read, Permissions management".
/// </summary>
public sealed record ServiceAccessSummary(
    string Prefix,
    string ServiceName,
    IReadOnlyList<AccessLevelGrant> Levels,
    IReadOnlyList<string> Resources,
    bool HasCondition,
    string Text);

/// <summary>Summarises what a document allows, service by service (Allow minus Deny, NotAction expanded through the catalogue).</summary>
public interface IPolicySummarizer
{
    IReadOnlyList<ServiceAccessSummary> Summarize(string document);
}
