using IamPortal.Application.Commands;
using IamPortal.Application.Audit;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using IamPortal.Application.Iam;

namespace IamPortal.Web.Features.Audit;

/// <summary>The audit trail for admins and auditors: filtered server-side pages, details, CSV export, chain verification.</summary>
public partial class AuditLogPage
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private MudDataGrid<AuditEntry>? _grid;
    private AuditFilter _filter = new();
    private AuditEntry? _selected;
    private AuditChainVerification? _verification;
    private bool _showVerification;
    private string? _error;
    private bool _verifying;
    private bool _exporting;

    [Inject] private IAuditService Audit { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;


    private async Task<GridData<AuditEntry>> LoadAsync(GridState<AuditEntry> state, CancellationToken ct)
    {
        try
        {
            var read = await CommandResult.CaptureAsync(() => Audit.QueryAsync(_filter.ToQuery(state.Page, state.PageSize), ct));
            SetError(read.Succeeded ? null : $"The audit log could not be read. {read.Error}");
            return read.Value is { } page
                ? new GridData<AuditEntry> { Items = page.Items, TotalItems = page.TotalCount }
                : new GridData<AuditEntry> { Items = [], TotalItems = 0 };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return new GridData<AuditEntry> { Items = [], TotalItems = 0 };
        }
    }

    private async Task FilterAsync(AuditFilter filter)
    {
        _filter = filter;
        if (_grid is not null) await _grid.ReloadServerData();
    }

    private async Task ExportAsync()
    {
        _exporting = true;
        var export = await CommandResult.CaptureAsync(() => Audit.ExportCsvAsync(_filter.ToQuery()));
        if (export.Value is { } csv)
        {
            var name = $"audit-log-{Clock.GetUtcNow():yyyyMMdd-HHmmss}.csv";
            await JS.InvokeVoidAsync("iamPortal.downloadText", name, "text/csv", csv);
            Snackbar.Add($"Exported the filtered entries to {name}.", Severity.Success);
        }
        else Snackbar.Add($"The export failed. {export.Error}", Severity.Error);
        _exporting = false;
    }

    private void CloseVerification() => (_showVerification, _verification) = (false, null);

    private async Task VerifyAsync(AuditAnchor? anchor)
    {
        (_verifying, _showVerification) = (true, true);
        var verified = await CommandResult.CaptureAsync(() => Audit.VerifyAsync(anchor));
        (_verification, _verifying) = (verified.Value, false);
        if (!verified.Succeeded) Snackbar.Add($"Verification failed. {verified.Error}", Severity.Error);
    }

    // The alert lives outside the grid, which re-renders only itself after loading.
    private void SetError(string? error)
    {
        if (_error == error) return;
        _error = error;
        StateHasChanged();
    }
}
