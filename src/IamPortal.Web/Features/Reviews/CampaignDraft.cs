using System.Globalization;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Reviews;

namespace IamPortal.Web.Features.Reviews;

/// <summary>The new-campaign form's fields as typed (times as UTC "yyyy-MM-ddTHH:mm"), turned into a <see cref="CampaignRequest"/>.</summary>
public sealed class CampaignDraft
{
    public const string TimeFormat = "yyyy-MM-dd'T'HH:mm";

    public string Name { get; set; } = "";
    public ReviewScopeKind ScopeKind { get; set; } = ReviewScopeKind.All;
    public IReadOnlyCollection<string> GroupNames { get; set; } = [];
    public string? PathPrefix { get; set; }
    public RiskSeverity? MinimumRisk { get; set; }
    public bool StartNow { get; set; } = true;
    public string? StartAt { get; set; }
    public bool UseDuration { get; set; } = true;
    public int DurationDays { get; set; } = 14;
    public string? DueAt { get; set; }
    public string? Recurrence { get; set; }
    public string Instructions { get; set; } = "";
    public DefaultDecision DefaultDecision { get; set; } = DefaultDecision.NoChange;
    public bool AutoApply { get; set; }
    public JustificationRequirement JustificationRequired { get; set; } = JustificationRequirement.Revoke;
    public int InactivityThresholdDays { get; set; } = 90;

    /// <summary>The request, and the form's own errors for times that do not parse (the service checks the rest).</summary>
    public (CampaignRequest Request, Dictionary<string, string> Errors) ToRequest()
    {
        var errors = new Dictionary<string, string>();
        var start = StartNow ? null : Parse(StartAt, CampaignFields.StartAt, "Give the start as a date and time (UTC), or start now.", errors);
        var due = UseDuration ? null : Parse(DueAt, CampaignFields.DueAt, "Give the due date and time (UTC).", errors);
        var request = new CampaignRequest
        {
            Name = Name,
            Scope = new CampaignScope(ScopeKind, ScopeKind == ReviewScopeKind.Groups ? GroupNames.ToList() : [],
                ScopeKind == ReviewScopeKind.Path ? PathPrefix?.Trim() : null, ScopeKind == ReviewScopeKind.Risk ? MinimumRisk : null),
            StartAt = start,
            DueAt = due,
            Duration = UseDuration ? TimeSpan.FromDays(DurationDays) : null,
            Recurrence = string.IsNullOrWhiteSpace(Recurrence) ? null : Recurrence.Trim(),
            Instructions = Instructions,
            DefaultDecision = DefaultDecision,
            AutoApply = AutoApply,
            JustificationRequired = JustificationRequired,
            InactivityThresholdDays = InactivityThresholdDays,
        };
        if (UseDuration && DurationDays < 1) errors[CampaignFields.Duration] = "At least one day.";
        return (request, errors);
    }

    public static string Format(DateTimeOffset at) => at.UtcDateTime.ToString(TimeFormat, CultureInfo.InvariantCulture);

    private static DateTimeOffset? Parse(string? text, string field, string message, Dictionary<string, string> errors)
    {
        if (DateTime.TryParseExact(text, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at))
            return new DateTimeOffset(at, TimeSpan.Zero);
        errors[field] = message;
        return null;
    }
}
