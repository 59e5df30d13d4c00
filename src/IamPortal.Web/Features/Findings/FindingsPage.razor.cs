using IamPortal.Application.Commands;
using IamPortal.Application.Findings;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace IamPortal.Web.Features.Findings;

/// <summary>Every check with its status, severity cards, filters, the failing resources with fix links, "Accept risk", CSV.</summary>
public partial class FindingsPage
{
    private FindingsReport? _report;
    private string? _error;
    private FindingsFilter _filter = new();

    [Inject] private IFindingsService Findings { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    private IReadOnlyList<CheckSummary> Visible => _report is null ? []
        : [.. _report.Checks.Where(c => _filter.Matches(c, _report.ResultsFor(c.Definition.Id)))];

    private string Freshness => _report is null ? "" :
        $"Evaluated {_report.EvaluatedAt:yyyy-MM-dd HH:mm} UTC over the inventory built {_report.InventoryBuiltAt:yyyy-MM-dd HH:mm} UTC"
        + (_report.CredentialReportGeneratedAt is { } g
            ? $"; credential report generated {g:yyyy-MM-dd HH:mm} UTC (IAM regenerates it at most every 4 hours: a fresh one from {g.AddHours(4):HH:mm} UTC). The portal's own changes are patched in at once."
            : ".");

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _error = null;
        var read = await CommandResult.CaptureAsync(() => Findings.GetReportAsync());
        (_report, _error) = (read.Value, read.Error);
    }

    private async Task AcceptAsync((CheckDefinition Check, FindingResult Result) item)
    {
        var parameters = new DialogParameters<AcceptRiskDialog> { { d => d.Check, item.Check }, { d => d.Result, item.Result } };
        var dialog = await Dialogs.ShowAsync<AcceptRiskDialog>("Accept risk", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        if (await dialog.Result is { Canceled: false, Data: RiskAcceptance accepted })
        {
            Snackbar.Add($"Risk accepted for {accepted.ResourceName} until {accepted.ExpiresAt:yyyy-MM-dd HH:mm} UTC.", Severity.Success);
            await LoadAsync();
        }
    }

    private async Task ExportAsync()
    {
        if (_report is null) return;
        var ids = Visible.Select(c => c.Definition.Id).ToHashSet();
        var csv = FindingsCsv.Write(_report, _report.Results.Where(r => ids.Contains(r.CheckId)));
        await JS.InvokeVoidAsync("iamPortal.downloadText", $"iam-findings-{_report.AccountId}-{_report.EvaluatedAt:yyyyMMdd-HHmm}.csv", "text/csv;charset=utf-8", csv);
    }
}
