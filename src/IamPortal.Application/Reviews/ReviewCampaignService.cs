using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Reviews;

/// <summary>Campaigns for admins (ManageSettings) and the auditors' overview (ReadAudit); state changes go through <see cref="ReviewLifecycle"/>.</summary>
public sealed class ReviewCampaignService(
    IReviewStore store,
    ReviewLifecycle lifecycle,
    IAuditedOperations audited,
    IOperatorContext operators,
    ICurrentAccount account,
    TimeProvider time) : IReviewCampaignService
{
    public CommandResult<bool> Validate(CampaignRequest request)
    {
        var errors = CampaignValidator.Validate(request, time.GetUtcNow());
        return errors.Count > 0 ? CommandResult.Invalid<bool>(errors) : CommandResult.Ok(CampaignValidator.RevokeWithAutoApply(request));
    }

    public Task<CommandResult<CampaignCreated>> CreateAsync(CampaignRequest request, CancellationToken ct = default) => CommandResult.CaptureAsync(async () =>
    {
        await audited.DemandAsync(Permission.ManageSettings, AuditActions.CreateReviewCampaign, request.Name, ct);
        var now = time.GetUtcNow();
        var errors = CampaignValidator.Validate(request, now);
        if (errors.Count > 0)
        {
            await audited.RecordInvalidAsync(AuditActions.CreateReviewCampaign, request.Name, null, string.Join(" ", errors.Values), ct);
            return CommandResult.Invalid<CampaignCreated>(errors);
        }
        var (start, due) = CampaignValidator.Window(request, now);
        var campaign = new ReviewCampaign
        {
            Id = Guid.NewGuid(), AccountId = (await account.GetAsync(ct)).AccountId, Name = request.Name.Trim(), Scope = request.Scope,
            StartAt = start, DueAt = due, Recurrence = string.IsNullOrWhiteSpace(request.Recurrence) ? null : request.Recurrence.Trim(),
            Instructions = request.Instructions.Trim(), DefaultDecision = request.DefaultDecision, AutoApply = request.AutoApply,
            JustificationRequired = request.JustificationRequired, InactivityThresholdDays = request.InactivityThresholdDays,
            State = CampaignState.Scheduled, CreatedBy = operators.Current.Name, CreatedAt = now,
        };
        var parameters = new Dictionary<string, object?>
        {
            ["CampaignId"] = campaign.Id, ["Scope"] = campaign.Scope.Kind.ToString(), ["StartAt"] = start, ["DueAt"] = due,
            ["DefaultDecision"] = campaign.DefaultDecision.ToString(), ["AutoApply"] = campaign.AutoApply, ["Recurrence"] = campaign.Recurrence,
        };
        await audited.RunAsync(Permission.ManageSettings, AuditActions.CreateReviewCampaign, campaign.Name, parameters, c => store.SaveCampaignAsync(campaign, c), ct);
        if (start <= now) campaign = await lifecycle.StartAsync(campaign, ct);
        return CommandResult.Ok(new CampaignCreated(campaign, CampaignValidator.RevokeWithAutoApply(request)));
    });

    public async Task<IReadOnlyList<ReviewCampaign>> ListAsync(CancellationToken ct = default)
    {
        operators.EnsureCanRead("list access review campaigns");
        return await store.ListCampaignsAsync((await account.GetAsync(ct)).AccountId, null, ct);
    }

    public async Task<CampaignSummary?> GetSummaryAsync(Guid campaignId, CancellationToken ct = default)
    {
        operators.EnsureCanRead("read an access review campaign");
        var campaign = await FindAsync(campaignId, ct);
        return campaign is null ? null : ReviewSummaries.Of(campaign, await store.ListItemsAsync(campaignId, ct));
    }

    public Task<CommandResult<ReviewCampaign>> StartNowAsync(Guid campaignId, CancellationToken ct = default) =>
        ChangeAsync(campaignId, AuditActions.StartReviewCampaign, [CampaignState.Scheduled], "Only a scheduled campaign can start.",
            c => lifecycle.StartAsync(c with { StartAt = time.GetUtcNow() < c.StartAt ? time.GetUtcNow() : c.StartAt }, ct), ct);

    public Task<CommandResult<ReviewCampaign>> EndNowAsync(Guid campaignId, CancellationToken ct = default) =>
        ChangeAsync(campaignId, AuditActions.EndReviewCampaign, [CampaignState.Active], "Only an active campaign can end.", async c =>
        {
            var ended = await lifecycle.EndAsync(c, ct);
            return ended.AutoApply ? (await lifecycle.ApplyAsync(ended, null, ct)).Campaign : ended;
        }, ct);

    public Task<CommandResult<ReviewCampaign>> CancelAsync(Guid campaignId, CancellationToken ct = default) =>
        ChangeAsync(campaignId, AuditActions.CancelReviewCampaign, [CampaignState.Scheduled, CampaignState.Active],
            "Only a scheduled or active campaign can be cancelled.", c => lifecycle.CancelAsync(c, ct), ct);

    public Task<CommandResult<JobRun>> ApplyAsync(Guid campaignId, IProgress<Job>? observer = null, CancellationToken ct = default) => CommandResult.CaptureAsync(async () =>
    {
        await audited.DemandAsync(Permission.ManageSettings, AuditActions.ApplyReviewCampaign, campaignId.ToString(), ct);
        var campaign = await FindAsync(campaignId, ct);
        if (campaign is null) return CommandResult.Failed<JobRun>("There is no such campaign.");
        if (campaign.State is not (CampaignState.Ended or CampaignState.Applying))
            return CommandResult.Failed<JobRun>(campaign.State == CampaignState.Applied ? "This campaign is applied already." : "End the campaign before applying it.");
        var (_, job, conflict) = await lifecycle.ApplyAsync(campaign, observer, ct);
        return conflict is not null ? CommandResult.Conflicting(conflict, new JobRun(job)) : JobRun.Result(job);
    });

    public async Task<IReadOnlyList<ReviewItem>> GetItemsAsync(Guid campaignId, CancellationToken ct = default)
    {
        if (!operators.Can(Permission.ReadAudit) && !operators.Can(Permission.ManageSettings))
            throw new PortalAccessDeniedException("read every item of an access review", operators.Current.Role);
        return await FindAsync(campaignId, ct) is null ? [] : await store.ListItemsAsync(campaignId, ct);
    }

    public async Task<ReviewsOverview> GetOverviewAsync(CancellationToken ct = default)
    {
        operators.Ensure(Permission.ReadAudit, "read the access reviews overview");
        var campaigns = await store.ListCampaignsAsync((await account.GetAsync(ct)).AccountId, null, ct);
        var summaries = new List<(CampaignSummary Summary, IReadOnlyList<ReviewItem> Items)>();
        foreach (var c in campaigns.Where(c => c.State != CampaignState.Scheduled))
        {
            var items = await store.ListItemsAsync(c.Id, ct);
            summaries.Add((ReviewSummaries.Of(c, items), items));
        }
        return ReviewSummaries.Overview(summaries, time.GetUtcNow());
    }

    private async Task<ReviewCampaign?> FindAsync(Guid id, CancellationToken ct)
    {
        var campaign = await store.GetCampaignAsync(id, ct);
        return campaign is not null && campaign.AccountId == (await account.GetAsync(ct)).AccountId ? campaign : null;
    }

    private Task<CommandResult<ReviewCampaign>> ChangeAsync(Guid campaignId, string action, CampaignState[] from, string wrongState,
        Func<ReviewCampaign, Task<ReviewCampaign>> change, CancellationToken ct) => CommandResult.CaptureAsync(async () =>
    {
        await audited.DemandAsync(Permission.ManageSettings, action, campaignId.ToString(), ct);
        var campaign = await FindAsync(campaignId, ct);
        if (campaign is null) return CommandResult.Failed<ReviewCampaign>("There is no such campaign.");
        if (!from.Contains(campaign.State)) return CommandResult.Failed<ReviewCampaign>($"{wrongState} This one is {campaign.State.ToString().ToLowerInvariant()}.");
        return CommandResult.Ok(await change(campaign));
    });
}
