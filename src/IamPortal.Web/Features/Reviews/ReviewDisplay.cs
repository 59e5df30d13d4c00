using IamPortal.Application.Reviews;
using MudBlazor;

namespace IamPortal.Web.Features.Reviews;

/// <summary>How verdicts, recommendations, states and apply results look on every review page: a word, a colour, an icon.</summary>
public static class ReviewDisplay
{
    public static string WordOf(ReviewVerdict verdict) => verdict switch
    {
        ReviewVerdict.Approve => "Approve",
        ReviewVerdict.Revoke => "Revoke",
        _ => "Don't know",
    };

    public static Color ColorOf(ReviewVerdict verdict) => verdict switch
    {
        ReviewVerdict.Approve => Color.Success,
        ReviewVerdict.Revoke => Color.Error,
        _ => Color.Warning,
    };

    public static string IconOf(ReviewVerdict verdict) => verdict switch
    {
        ReviewVerdict.Approve => Icons.Material.Filled.CheckCircle,
        ReviewVerdict.Revoke => Icons.Material.Filled.RemoveCircle,
        _ => Icons.Material.Filled.Help,
    };

    public static ReviewVerdict VerdictOf(Recommendation recommendation) =>
        recommendation == Recommendation.Revoke ? ReviewVerdict.Revoke : ReviewVerdict.Approve;

    public static string WordOf(CampaignState state) => state switch
    {
        CampaignState.Scheduled => "Scheduled",
        CampaignState.Active => "Active",
        CampaignState.Ended => "Ended",
        CampaignState.Applying => "Applying",
        CampaignState.Applied => "Applied",
        _ => "Cancelled",
    };

    public static Color ColorOf(CampaignState state) => state switch
    {
        CampaignState.Active => Color.Info,
        CampaignState.Ended or CampaignState.Applying => Color.Warning,
        CampaignState.Applied => Color.Success,
        _ => Color.Default,
    };

    public static string WordOf(ApplyResult result) => result switch
    {
        ApplyResult.Kept => "Kept",
        ApplyResult.Removed => "Removed",
        ApplyResult.NotApplicable => "Not applicable",
        ApplyResult.Failed => "Failed",
        _ => "Pending",
    };

    public static Color ColorOf(ApplyResult result) => result switch
    {
        ApplyResult.Removed => Color.Error,
        ApplyResult.Kept => Color.Success,
        ApplyResult.Failed => Color.Error,
        _ => Color.Default,
    };

    public static string WordOf(DefaultDecision decision) => decision switch
    {
        DefaultDecision.NoChange => "No change (keep access)",
        DefaultDecision.Revoke => "Revoke",
        DefaultDecision.Approve => "Approve",
        _ => "Take the recommendation",
    };

    public static string WordOf(JustificationRequirement requirement) => requirement switch
    {
        JustificationRequirement.None => "Never",
        JustificationRequirement.Approve => "To approve",
        JustificationRequirement.Revoke => "To revoke",
        _ => "To approve or revoke",
    };

    public static string ScopeText(CampaignScope scope) => scope.Kind switch
    {
        ReviewScopeKind.Groups => "Groups: " + string.Join(", ", scope.GroupNames),
        ReviewScopeKind.Path => $"Groups under {scope.PathPrefix}",
        ReviewScopeKind.Risk => $"Groups with risk {scope.MinimumRisk} or higher",
        _ => "All groups",
    };

    public static string Percent(double fraction) => $"{Math.Round(fraction * 100):0}%";
}
