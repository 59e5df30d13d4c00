using IamPortal.Application.Commands;
using IamPortal.Application.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace IamPortal.Web.Features.Reports;

/// <summary>
/// The inactive-user dashboard: filters (group, path, Department, CostCenter, Owner, bucket, access type) applied by the
/// service, cards, charts and the table over the same rows; the CSV export and "Act on these" carry exactly those rows.
/// </summary>
public partial class InactiveUsersPage
{
    private InactiveUsersFilter _filter = new();
    private CommandResult<InactiveUsersView>? _view;

    [Inject] private IInactiveUsersService Inactive { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    /// <summary>A bucket to start with (the findings and trends pages link here with ?bucket=Over90).</summary>
    [SupplyParameterFromQuery(Name = "bucket")] public string? InitialBucket { get; set; }

    protected override async Task OnInitializedAsync()
    {
        if (Enum.TryParse<ActivityBucket>(InitialBucket, ignoreCase: true, out var bucket)) _filter = _filter with { Bucket = bucket };
        await LoadAsync();
    }

    private async Task OnFilterChangedAsync(InactiveUsersFilter filter)
    {
        _filter = filter;
        await LoadAsync();
    }

    private async Task LoadAsync() => _view = await Inactive.GetAsync(_filter);

    private async Task ExportAsync()
    {
        var export = await Inactive.ExportCsvAsync(_filter);
        if (export.Value is { } csv)
            await JS.InvokeVoidAsync("iamPortal.downloadText", $"inactive-users-{Clock.GetUtcNow():yyyyMMdd-HHmm}.csv", "text/csv;charset=utf-8", csv);
        else Snackbar.Add($"The export failed. {export.Error}", Severity.Error);
    }

    /// <summary>Opens the users list with these users selected for its bulk actions (the names travel in the query string).</summary>
    private void ActOnThese()
    {
        if (_view?.Value is not { } view) return;
        Navigation.NavigateTo(SelectionHandoff.UsersUrl(view.Rows.Select(r => r.User.UserName)));
    }
}
