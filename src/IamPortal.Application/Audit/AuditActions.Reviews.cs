namespace IamPortal.Application.Audit;

public static partial class AuditActions
{
    /// <summary>An admin replaced, added or removed a group's owners (the owners are parameters).</summary>
    public const string SetGroupOwners = "Reviews.SetGroupOwners";
    /// <summary>An admin set or cleared the account's fallback reviewer.</summary>
    public const string SetFallbackReviewer = "Reviews.SetFallbackReviewer";
    public const string CreateReviewCampaign = "Reviews.CreateCampaign";
    /// <summary>A campaign started: its membership snapshot was taken (its SHA-256 is a parameter).</summary>
    public const string StartReviewCampaign = "Reviews.StartCampaign";
    /// <summary>A campaign ended (at its due date or early): undecided items took the default.</summary>
    public const string EndReviewCampaign = "Reviews.EndCampaign";
    public const string CancelReviewCampaign = "Reviews.CancelCampaign";
    /// <summary>The revocations of an ended campaign were applied (or resumed) as one job.</summary>
    public const string ApplyReviewCampaign = "Reviews.ApplyCampaign";
    /// <summary>A reviewer decided one or more items (or was refused: not their items).</summary>
    public const string DecideReviewItems = "Reviews.Decide";
    /// <summary>The evidence CSV of a campaign was exported (its SHA-256 is a parameter).</summary>
    public const string ExportReviewEvidence = "Reviews.ExportEvidence";
}
