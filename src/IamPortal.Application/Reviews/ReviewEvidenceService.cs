using System.Security.Cryptography;
using System.Text;
using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Csv;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Reviews;

/// <summary>
/// The evidence CSV of a campaign: one row per item of the snapshot. Its SHA-256 (and the snapshot's) go into the
/// tamper-evident audit trail with the export, so a file handed to an auditor can be checked against the log.
/// </summary>
public sealed class ReviewEvidenceService(IReviewStore store, IAuditedOperations audited, ICurrentAccount account) : IReviewEvidenceService
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "Account", "Campaign", "Group", "Member", "Reviewers", "Decision", "Decided by default", "Justification", "Decided by", "Decided at",
        "Recommendation", "Recommendation reason", "Applied result", "Applied by", "Applied at",
    ];

    public Task<CommandResult<EvidenceExport>> ExportAsync(Guid campaignId, CancellationToken ct = default) => CommandResult.CaptureAsync(async () =>
    {
        await audited.DemandAsync(Permission.ReadAudit, AuditActions.ExportReviewEvidence, campaignId.ToString(), ct);
        var campaign = await store.GetCampaignAsync(campaignId, ct);
        if (campaign is null || campaign.AccountId != (await account.GetAsync(ct)).AccountId) return CommandResult.Failed<EvidenceExport>("There is no such campaign.");
        var items = await store.ListItemsAsync(campaignId, ct);
        var bytes = Encoding.UTF8.GetBytes(Csv(campaign, items));
        var hash = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var export = new EvidenceExport($"access-review-{Slug(campaign.Name)}-{campaign.Id.ToString("N")[..8]}.csv", bytes, hash);
        var parameters = new Dictionary<string, object?>
        {
            ["CampaignId"] = campaign.Id, ["Rows"] = items.Count, ["Sha256"] = hash, ["SnapshotSha256"] = campaign.SnapshotSha256,
        };
        await audited.RunAsync(Permission.ReadAudit, AuditActions.ExportReviewEvidence, campaign.Name, parameters, _ => Task.CompletedTask, ct);
        return CommandResult.Ok(export);
    });

    public static string Csv(ReviewCampaign campaign, IReadOnlyList<ReviewItem> items) => CsvExport.Write(Headers, items, i =>
    [
        i.AccountId, campaign.Name, i.GroupName, i.UserName, string.Join("; ", i.Reviewers.Select(r => r.Email)),
        (i.Decision?.Verdict ?? i.FinalVerdict)?.ToString() ?? "Undecided", i.DecidedByDefault, i.Decision?.Justification ?? "",
        i.Decision?.DecidedByName ?? "", i.Decision?.DecidedAt, i.Recommendation.ToString(), i.RecommendationReason,
        i.ApplyResult.ToString(), i.AppliedBy ?? "", i.AppliedAt,
    ]);

    private static string Slug(string name) =>
        new string(name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-') is { Length: > 0 } s ? s[..Math.Min(s.Length, 40)] : "campaign";
}
