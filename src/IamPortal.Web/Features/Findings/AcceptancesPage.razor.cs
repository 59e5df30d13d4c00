using IamPortal.Application.Findings;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Findings;

/// <summary>The account's risk acceptances: soon-to-expire flagged, revoke after confirmation.</summary>
public partial class AcceptancesPage
{
    private static readonly List<BreadcrumbItem> Breadcrumbs = [new("Findings", FindingLinks.Findings), new("Risk acceptances", href: null)];

    private IReadOnlyList<RiskAcceptanceRow>? _rows;
    private string? _error;
    private bool _includeInactive;

    [Inject] private IRiskAcceptanceService Acceptances { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        var read = await Acceptances.ListAsync(_includeInactive);
        (_rows, _error) = (read.Value, read.Error);
    }

    private async Task ToggleAsync(bool value)
    {
        _includeInactive = value;
        await LoadAsync();
    }

    private async Task RevokeAsync(RiskAcceptance acceptance)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Revoke this acceptance?",
            $"{acceptance.CheckId} for {acceptance.ResourceName} counts as FAIL again at once.", yesText: "Revoke", cancelText: "Cancel");
        if (confirmed != true) return;
        var result = await Acceptances.RevokeAsync(acceptance.Id);
        if (result.Succeeded) Snackbar.Add($"Acceptance for {acceptance.ResourceName} revoked.", Severity.Success);
        else Snackbar.Add($"The acceptance could not be revoked. {result.Error}", Severity.Error);
        await LoadAsync();
    }
}
