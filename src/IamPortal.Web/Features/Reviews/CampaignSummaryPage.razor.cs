using IamPortal.Application.Commands;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using IamPortal.Application.Reviews;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Reviews;

/// <summary>
/// One campaign for admins and auditors: its states with their times, progress and counts, Start / End early /
/// Cancel / Apply (confirmed; ManageSettings), the apply job's live progress, every item's outcome, and the evidence CSV.
/// </summary>
public partial class CampaignSummaryPage
{
    private List<BreadcrumbItem> _breadcrumbs = [];
    private LiveJobs? _live;
    private CampaignSummary? _summary;
    private IReadOnlyList<ReviewItem>? _items;
    private Job? _job;
    private string? _error;
    private string? _itemsError;
    private bool _loading = true;
    private bool _canManage;
    private bool _canAudit;
    private readonly CommandState _command = new();

    [Parameter] public Guid CampaignId { get; set; }

    [Inject] private IReviewCampaignService Campaigns { get; set; } = default!;
    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;

    protected override Task OnParametersSetAsync()
    {
        _breadcrumbs =
        [
            new BreadcrumbItem("Access reviews", href: ReviewLinks.MyReviews, icon: Icons.Material.Filled.FactCheck),
            new BreadcrumbItem("Campaigns", href: ReviewLinks.Campaigns),
        ];
        _canManage = OperatorContext.Can(Permission.ManageSettings);
        _canAudit = OperatorContext.Can(Permission.ReadAudit);
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        var read = await CommandResult.CaptureAsync(() => Campaigns.GetSummaryAsync(CampaignId));
        (_summary, _error) = (read.Value ?? (read.Succeeded ? null : _summary), read.Error);
        if (_summary is not null && (_canManage || _canAudit))
        {
            var items = await CommandResult.CaptureAsync(() => Campaigns.GetItemsAsync(CampaignId));
            (_items, _itemsError) = (items.Value, items.Error);
        }
        _loading = false;
    }

    private async Task RunAsync(Func<IReviewCampaignService, Task<CommandResult<ReviewCampaign>>> action)
    {
        var result = await _command.RunAsync(() => action(Campaigns));
        if (result.Succeeded) await LoadAsync();
    }

    private async Task ApplyAsync()
    {
        var result = await _command.RunAsync(() => Campaigns.ApplyAsync(CampaignId, _live?.Own()));
        _job = result.Value?.Job ?? _job;
        // A stopped job shows where and why in its view; the alert is for a refusal.
        if (result.Value is { Job.Status: JobStatus.Failed }) _command.Error = null;
        await LoadAsync();
    }

    private async Task JobChangedAsync(Job job)
    {
        _job = job;
        if (job.Status is JobStatus.Succeeded or JobStatus.Failed) await LoadAsync();
        StateHasChanged();
    }
}
