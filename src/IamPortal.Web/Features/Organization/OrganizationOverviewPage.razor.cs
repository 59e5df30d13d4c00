using IamPortal.Application.Commands;
using IamPortal.Application.Organization;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace IamPortal.Web.Features.Organization;

/// <summary>
/// The organization overview: one row per readable account and the totals; "Refresh every account" shows each
/// account's progress live (pending, done, failed with the reason), then the new figures.
/// </summary>
public partial class OrganizationOverviewPage
{
    private CommandResult<OrganizationOverview>? _overview;
    private readonly Dictionary<string, AccountRefreshProgress> _progress = new(StringComparer.Ordinal);
    private bool _refreshing;

    [Inject] private IOrganizationOverviewService Overview { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync() => _overview = await Overview.GetAsync();

    private async Task RefreshAllAsync()
    {
        _refreshing = true;
        _progress.Clear();
        foreach (var account in await Overview.ReadableAsync())
            _progress[account.Id] = new AccountRefreshProgress(account, RefreshState.Pending, null, null);
        StateHasChanged();
        var result = await Overview.RefreshAllAsync(p => InvokeAsync(() =>
        {
            _progress[p.Account.Id] = p;
            StateHasChanged();
        }));
        _overview = result;
        _refreshing = false;
    }

    private async Task ExportAsync()
    {
        if (_overview?.Value is not { } overview) return;
        var export = await Overview.ExportCsvAsync(overview);
        if (export.Value is { } csv)
            await JS.InvokeVoidAsync("iamPortal.downloadText", $"organization-{Clock.GetUtcNow():yyyyMMdd-HHmm}.csv", "text/csv;charset=utf-8", csv);
        else Snackbar.Add($"The export failed. {export.Error}", Severity.Error);
    }
}
