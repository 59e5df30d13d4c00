using IamPortal.Application.Commands;
using IamPortal.Application.Operators;
using IamPortal.Application.Reviews;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Routing;

namespace IamPortal.Web.Features.Reviews;

/// <summary>
/// The Reviews links with the pending-count badge, read again on each navigation (a decision elsewhere lowers it).
/// A failed read shows no badge rather than breaking the menu.
/// </summary>
public sealed partial class ReviewsNavLinks : IDisposable
{
    private int _pending;
    private bool _canReview;
    private bool _canSeeCampaigns;

    [Inject] private IReviewDecisionService Decisions { get; set; } = default!;
    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _canReview = OperatorContext.Can(Permission.ReviewAccess);
        _canSeeCampaigns = OperatorContext.Can(Permission.ManageSettings) || OperatorContext.Can(Permission.ReadAudit);
        Navigation.LocationChanged += OnLocationChanged;
        await CountAsync();
    }

    private async Task CountAsync()
    {
        if (!_canReview) return;
        _pending = (await CommandResult.CaptureAsync(() => Decisions.PendingItemsForCurrentOperatorAsync())).Value;
    }

    private void OnLocationChanged(object? sender, LocationChangedEventArgs e) => _ = InvokeAsync(async () =>
    {
        await CountAsync();
        StateHasChanged();
    });

    public void Dispose() => Navigation.LocationChanged -= OnLocationChanged;
}
