using Cronos;

namespace IamPortal.Application.Reviews;

/// <summary>Checks a campaign request at its fields; the window it resolves to; the revoke + automatic apply warning.</summary>
public static class CampaignValidator
{
    public const int MaxNameLength = 128;
    public const int MaxInstructionsLength = 4000;

    public static Dictionary<string, string> Validate(CampaignRequest request, DateTimeOffset now)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(request.Name)) errors[CampaignFields.Name] = "Name the campaign.";
        else if (request.Name.Trim().Length > MaxNameLength) errors[CampaignFields.Name] = $"Use at most {MaxNameLength} characters.";
        if (request.Scope.Kind == ReviewScopeKind.Groups && request.Scope.GroupNames.Count == 0) errors[CampaignFields.Scope] = "Choose at least one group.";
        if (request.Scope.Kind == ReviewScopeKind.Path && (string.IsNullOrWhiteSpace(request.Scope.PathPrefix) || !request.Scope.PathPrefix.StartsWith('/')))
            errors[CampaignFields.Scope] = "A path starts with / (for example /engineering/).";
        if (request.Scope.Kind == ReviewScopeKind.Risk && request.Scope.MinimumRisk is null) errors[CampaignFields.Scope] = "Choose the lowest risk to include.";
        var start = request.StartAt ?? now;
        if (request.DueAt is null && request.Duration is null) errors[CampaignFields.DueAt] = "Give a due date or a duration.";
        else if (request.DueAt is { } due && due <= start) errors[CampaignFields.DueAt] = "The due date must be after the start.";
        else if (request.DueAt is null && request.Duration is { } d && d < TimeSpan.FromHours(1)) errors[CampaignFields.Duration] = "A campaign lasts at least an hour.";
        if (!string.IsNullOrWhiteSpace(request.Recurrence) && !CronExpression.TryParse(request.Recurrence.Trim(), out _))
            errors[CampaignFields.Recurrence] = "Not a cron expression: five fields, minute hour day-of-month month day-of-week (for example 0 9 1 */3 * for quarterly).";
        if (request.Instructions.Length > MaxInstructionsLength) errors[CampaignFields.Instructions] = $"Use at most {MaxInstructionsLength} characters.";
        if (request.InactivityThresholdDays is < 1 or > 3650) errors[CampaignFields.InactivityThresholdDays] = "Between 1 and 3650 days.";
        return errors;
    }

    /// <summary>Revoking everyone nobody answered for, without an admin looking first.</summary>
    public static bool RevokeWithAutoApply(CampaignRequest request) => request.DefaultDecision == DefaultDecision.Revoke && request.AutoApply;

    public static (DateTimeOffset Start, DateTimeOffset Due) Window(CampaignRequest request, DateTimeOffset now)
    {
        var start = request.StartAt is { } s && s > now ? s : now;
        return (start, request.DueAt ?? start + request.Duration!.Value);
    }
}
