using IamPortal.Application.Accounts;
using IamPortal.Application.Commands;
using IamPortal.Application.Groups;
using IamPortal.Application.Reviews;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace IamPortal.Web.Features.Groups;

/// <summary>The groups list over the inventory: search and filters in the service, sorting and paging in the grid, CSV of what is shown.</summary>
public partial class GroupsGrid
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private GroupQuery _query = new();
    private GroupListResult? _result;
    private IReadOnlyList<GroupRow> _rows = [];
    private string? _error;
    private bool _loading = true;
    private bool _exporting;
    private bool _orphanedOnly;
    private IReadOnlyDictionary<string, IReadOnlyList<ReviewerIdentity>>? _owners;

    [Inject] private IGroupQueryService Groups { get; set; } = default!;
    [Inject] private IGroupOwnershipService Ownership { get; set; } = default!;
    [Inject] private IAccountService Accounts { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var owners = await CommandResult.CaptureAsync(() => Ownership.ListAsync());
        _owners = owners.Value?.ToDictionary(o => o.GroupName, o => o.Owners, StringComparer.OrdinalIgnoreCase);
        await LoadAsync();
    }

    /// <summary>The group's owners; null when ownership could not be read (the cell says so).</summary>
    private IReadOnlyList<ReviewerIdentity>? OwnersOf(string groupName) => _owners is null ? null : _owners.GetValueOrDefault(groupName) ?? [];

    private void OrphanedOnlyChanged(bool value)
    {
        _orphanedOnly = value;
        _rows = Filter(_result?.Items ?? []);
    }

    private IReadOnlyList<GroupRow> Filter(IReadOnlyList<GroupRow> rows) =>
        _orphanedOnly && _owners is not null ? rows.Where(r => OwnersOf(r.GroupName) is { Count: 0 }).ToList() : rows;

    private async Task LoadAsync()
    {
        _loading = true;
        var read = await CommandResult.CaptureAsync(() => Groups.ListAsync(_query));
        (_error, _result) = (read.Error, read.Value ?? _result);
        _rows = Filter(read.Value?.Items ?? []);
        _loading = false;
    }

    private async Task QueryChangedAsync(GroupQuery query)
    {
        _query = query;
        await LoadAsync();
    }

    private Task ClearAsync() => QueryChangedAsync(new GroupQuery());

    private async Task ExportAsync()
    {
        _exporting = true;
        var export = await CommandResult.CaptureAsync(() => Groups.ExportCsvAsync(_query));
        if (export.Value is { } csv)
        {
            var account = (await CommandResult.CaptureAsync(() => Accounts.GetAsync())).Value?.AccountId ?? "account";
            await JS.InvokeVoidAsync("iamPortal.downloadText", $"iam-groups-{account}-{Clock.GetUtcNow():yyyyMMdd-HHmm}.csv", "text/csv;charset=utf-8", csv);
        }
        else Snackbar.Add($"The export failed. {export.Error}", Severity.Error);
        _exporting = false;
    }
}
