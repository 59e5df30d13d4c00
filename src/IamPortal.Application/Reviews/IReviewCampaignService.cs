using IamPortal.Application.Commands;
using IamPortal.Application.Jobs;

namespace IamPortal.Application.Reviews;

/// <summary>
/// Campaigns: create, list, summary, start now, end early, cancel, apply (ManageSettings, audited); the auditors'
/// overview (ReadAudit).
/// </summary>
public interface IReviewCampaignService
{
    /// <summary>Checks a request without creating anything: field errors (CampaignFields) and the revoke + auto-apply warning.</summary>
    CommandResult<bool> Validate(CampaignRequest request);

    /// <summary>Creates the campaign; a start in the past or null starts it now (membership snapshotted).</summary>
    Task<CommandResult<CampaignCreated>> CreateAsync(CampaignRequest request, CancellationToken ct = default);

    /// <summary>The account's campaigns, newest first (every role may read; team leads see the ones they review in).</summary>
    Task<IReadOnlyList<ReviewCampaign>> ListAsync(CancellationToken ct = default);

    Task<CampaignSummary?> GetSummaryAsync(Guid campaignId, CancellationToken ct = default);

    Task<CommandResult<ReviewCampaign>> StartNowAsync(Guid campaignId, CancellationToken ct = default);

    /// <summary>Ends an active campaign: undecided items take the default; applies when the campaign auto-applies.</summary>
    Task<CommandResult<ReviewCampaign>> EndNowAsync(Guid campaignId, CancellationToken ct = default);

    Task<CommandResult<ReviewCampaign>> CancelAsync(Guid campaignId, CancellationToken ct = default);

    /// <summary>Applies an ended campaign's revocations as one journaled job (or resumes it); the job as it stands.</summary>
    Task<CommandResult<JobRun>> ApplyAsync(Guid campaignId, IProgress<Job>? observer = null, CancellationToken ct = default);

    /// <summary>The campaign's items with their final decisions and apply results (ReadAudit or ManageSettings).</summary>
    Task<IReadOnlyList<ReviewItem>> GetItemsAsync(Guid campaignId, CancellationToken ct = default);

    /// <summary>For auditors: completion, overdue reviewers, decisions against the recommendation (ReadAudit).</summary>
    Task<ReviewsOverview> GetOverviewAsync(CancellationToken ct = default);
}
