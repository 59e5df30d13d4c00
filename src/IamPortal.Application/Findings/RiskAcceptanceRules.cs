using IamPortal.Application.Findings.Checks;

namespace IamPortal.Application.Findings;

/// <summary>What an acceptance must carry: a known check and resource, an owner, a reason, and an expiry within a year.</summary>
public static class RiskAcceptanceRules
{
    public const int MaxOwnerLength = 128;
    public const int MinJustificationLength = 10;
    public const int MaxJustificationLength = 1000;
    public const int MaxDays = 365;

    public static Dictionary<string, string> Validate(AcceptRiskRequest request, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string>();
        if (!CheckCatalog.All.Any(c => c.Definition.Id == request.CheckId)) errors[nameof(request.CheckId)] = "Unknown check.";
        if (string.IsNullOrWhiteSpace(request.ResourceId)) errors[nameof(request.ResourceId)] = "Choose the failing resource to accept.";
        var owner = request.Owner?.Trim() ?? "";
        if (owner.Length == 0) errors[nameof(request.Owner)] = "Name the person who owns this risk.";
        else if (owner.Length > MaxOwnerLength) errors[nameof(request.Owner)] = $"At most {MaxOwnerLength} characters.";
        var reason = request.Justification?.Trim() ?? "";
        if (reason.Length < MinJustificationLength) errors[nameof(request.Justification)] = $"Say why the risk is acceptable (at least {MinJustificationLength} characters).";
        else if (reason.Length > MaxJustificationLength) errors[nameof(request.Justification)] = $"At most {MaxJustificationLength} characters.";
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        if (request.ExpiresOn is not { } day) errors[nameof(request.ExpiresOn)] = "Choose when the acceptance expires.";
        else if (day < today) errors[nameof(request.ExpiresOn)] = "The expiry cannot be in the past.";
        else if (day > today.AddDays(MaxDays)) errors[nameof(request.ExpiresOn)] = $"At most one year ahead ({today.AddDays(MaxDays):yyyy-MM-dd}).";
        return errors;
    }

    /// <summary>Why a second acceptance of the same check and resource is refused while <paramref name="active"/> runs, and what to do instead.</summary>
    public static string AlreadyAccepted(RiskAcceptance active) =>
        $"Already accepted until {active.ExpiresAt.AddTicks(-1):yyyy-MM-dd} (owner {active.Owner}). To change the expiry, revoke that acceptance "
        + "under Findings → Acceptances, then accept again.";

    /// <summary>The end of the chosen UTC day: the first instant of the next day.</summary>
    public static DateTimeOffset EndOfDay(DateOnly day) => new(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
