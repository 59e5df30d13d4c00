using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Reviews;

/// <summary>The input of one revocation step: which item, which membership.</summary>
public sealed record ReviewRevokeInput(Guid ItemId, string GroupName, string UserName);

/// <summary>What a revocation step did: Removed, or NotApplicable (the member had already left the group).</summary>
public sealed record ReviewRevokeOutput(ApplyResult Result);

/// <summary>The apply job's context: the campaign it applies.</summary>
public sealed record ReviewApplyData(Guid CampaignId, string CampaignName);

/// <summary>
/// Applies a campaign's revocations as ONE journaled job (Application/Jobs) with one step per revoked item. The journal
/// makes it exactly once: a step that succeeded is never run again, a failed step (IAM throttling past the client's
/// retries, a restart) stops the job and a resume continues from it. A member already out of the group (or a user
/// already deleted) is NotApplicable, not failed. One apply at a time per campaign (JobTargetGuard).
/// </summary>
public sealed class ReviewApplyJobs(
    JobTargetGuard guard,
    IJobStore jobs,
    JobRunner runner,
    IIamGroupsApi iamGroups,
    IAuditedOperations audited,
    TimeProvider time)
{
    public const string Kind = "AccessReviewApply";
    public const string RevokeStep = "RevokeMembership";
    public const string Feature = "Reviews";
    public static readonly JobScope Scope = new("reviews", [Kind], JobScope.Resumable);

    public static string TargetOf(Guid campaignId) => "review:" + campaignId.ToString("N");

    public Job Create(ReviewCampaign campaign, IEnumerable<ReviewItem> revoked, string createdBy) =>
        Job.Create(Kind, TargetOf(campaign.Id), $"Apply the access review {campaign.Name}", createdBy, time.GetUtcNow(),
            JobData.From(new ReviewApplyData(campaign.Id, campaign.Name)),
            revoked.Select(i => (RevokeStep, $"Remove {i.UserName} from {i.GroupName}", JobData.From(new ReviewRevokeInput(i.Id, i.GroupName, i.UserName)))),
            campaign.AccountId);

    public Task<Job?> GetAsync(Guid jobId, CancellationToken ct) => jobs.GetAsync(jobId, ct);

    /// <summary>Runs (or resumes) the job; a conflict when it runs right now elsewhere.</summary>
    public async Task<(Job Job, JobConflict? Conflict)> RunAsync(Job job, IProgress<Job>? observer, CancellationToken ct)
    {
        if (guard.IsRunning(job.Id)) return (job, new JobConflict(job.Id, job.Kind, job.Target, job.CreatedBy, job.CreatedAt, true));
        var (lease, conflict) = await guard.ClaimAsync(Scope, job, ct);
        if (conflict is not null) return (job, conflict);
        using (lease) return (await runner.RunAsync(job, ExecuteAsync, ct, observer), null);
    }

    /// <summary>One revocation: not a member any more → NotApplicable; otherwise RemoveUserFromGroup, audited via Reviews.</summary>
    public async Task<StepOutcome> ExecuteAsync(StepContext step, CancellationToken ct)
    {
        if (step.Step.Kind != RevokeStep) throw new InvalidOperationException($"Review apply jobs have no step of kind {step.Step.Kind}.");
        var input = step.Input<ReviewRevokeInput>();
        var parameters = AuditActions.Via(Feature, new Dictionary<string, object?>
        {
            ["GroupName"] = input.GroupName, ["CampaignId"] = step.Job.Data.As<ReviewApplyData>().CampaignId,
        });
        try
        {
            var groups = await iamGroups.ListGroupsForUserAsync(input.UserName, ct);
            if (!groups.Any(g => string.Equals(g.GroupName, input.GroupName, StringComparison.OrdinalIgnoreCase)))
                return StepOutcome.Done(new ReviewRevokeOutput(ApplyResult.NotApplicable));
            await audited.RunAsync(Permission.ManageGroups, AuditActions.RemoveFromGroup, input.UserName, parameters,
                c => iamGroups.RemoveUserFromGroupAsync(input.GroupName, input.UserName, c), ct);
            return StepOutcome.Done(new ReviewRevokeOutput(ApplyResult.Removed));
        }
        catch (NoSuchEntityException)
        {
            // The user (or the group) is gone: nothing left to revoke.
            return StepOutcome.Done(new ReviewRevokeOutput(ApplyResult.NotApplicable));
        }
    }

    /// <summary>The items' apply results as the job's journal has them (a step not done yet keeps its item Pending or Failed).</summary>
    public static IReadOnlyList<ReviewItem> Outcomes(Job job, IReadOnlyList<ReviewItem> items, string appliedBy)
    {
        var byId = items.ToDictionary(i => i.Id);
        var changed = new List<ReviewItem>();
        foreach (var step in job.Steps)
        {
            var input = step.Input.As<ReviewRevokeInput>();
            if (!byId.TryGetValue(input.ItemId, out var item)) continue;
            changed.Add(step.Status switch
            {
                StepStatus.Succeeded => item with
                {
                    ApplyResult = step.Output?.As<ReviewRevokeOutput>().Result ?? ApplyResult.Removed, ApplyError = null,
                    AppliedBy = appliedBy, AppliedAt = step.CompletedAt,
                },
                StepStatus.Failed => item with { ApplyResult = ApplyResult.Failed, ApplyError = step.Error },
                _ => item,
            });
        }
        return changed;
    }
}
