using IamPortal.Application.Commands;
using IamPortal.Application.Operators;
using IamPortal.Application.Reviews;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Reviews;

/// <summary>The reviewer's start: the campaigns with my items, open ones first, each with my progress.</summary>
public partial class MyReviewsPage
{
    private IReadOnlyList<MyCampaign> _campaigns = [];
    private string? _error;
    private bool _loading = true;
    private bool _canSeeCampaigns;

    [Inject] private IReviewDecisionService Decisions { get; set; } = default!;
    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;

    protected override Task OnInitializedAsync()
    {
        _canSeeCampaigns = OperatorContext.Can(Permission.ManageSettings) || OperatorContext.Can(Permission.ReadAudit);
        return LoadAsync();
    }

    private async Task LoadAsync()
    {
        _loading = true;
        var read = await CommandResult.CaptureAsync(() => Decisions.MyCampaignsAsync());
        _error = read.Error;
        _campaigns = (read.Value ?? [])
            .OrderBy(c => c.Campaign.IsOpenForDecisions ? 0 : 1)
            .ThenBy(c => c.Campaign.DueAt)
            .ToList();
        _loading = false;
    }
}
