using IamPortal.Application.Commands;
using IamPortal.Application.Accounts;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Web.Features.Offboarding;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;
using IamPortal.Application.Iam;
using IamPortal.Application.Users;

namespace IamPortal.Web.Features.Users;

/// <summary>
/// The users list: server-side paging, sorting and filtering over the inventory, quick search, refresh and CSV export;
/// for operators who may manage users, row selection and the bulk actions toolbar.
/// </summary>
public partial class UsersGrid
{
    private static readonly int[] PageSizes = [25, 50, 100];

    private MudDataGrid<UserInventoryRow>? _grid;
    private string? _search;
    private UserQuery _lastQuery = new();
    private UserQueryResult? _result;
    private GridData<UserInventoryRow> _lastData = new() { Items = [], TotalItems = 0 };
    private string? _error;
    private bool _refreshing;
    private bool _exporting;
    private bool _canManage;
    private HashSet<UserInventoryRow> _selected = new(ByUserName);
    private readonly BulkRunState _bulk = new();

    /// <summary>Rows are the same user across pages and inventory refreshes when the name matches (IAM names are case-insensitive).</summary>
    private static readonly IEqualityComparer<UserInventoryRow> ByUserName = new UserNameComparer();

    [Inject] private IUserQueryService Users { get; set; } = default!;
    [Inject] private IInventoryService Inventory { get; set; } = default!;
    [Inject] private IAccountService Accounts { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;
    [Inject] private UsersGridColumns Columns { get; set; } = default!;

    private IReadOnlyList<string> SelectedUserNames => _selected.Select(u => u.UserName).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>Users to start selected for the bulk actions (handed over by a report's "Act on these").</summary>
    [Parameter] public IReadOnlyList<string> InitialSelection { get; set; } = [];

    protected override async Task OnInitializedAsync()
    {
        _canManage = OperatorContext.Can(Permission.ManageUsers);
        if (!_canManage || InitialSelection.Count == 0) return;
        var snapshot = await CommandResult.CaptureAsync(() => Inventory.GetAsync());
        if (snapshot.Value is { } s)
            _selected = new HashSet<UserInventoryRow>(InitialSelection.Select(s.FindUser).OfType<UserInventoryRow>(), ByUserName);
    }

    public static string UserLink(string userName) => $"users/{Uri.EscapeDataString(userName)}";

    private async Task<GridData<UserInventoryRow>> LoadAsync(GridState<UserInventoryRow> state, CancellationToken ct)
    {
        try
        {
            var query = UserGridQuery.From(state, _search);
            var read = await CommandResult.CaptureAsync(() => Users.QueryAsync(query, ct));
            (_error, _lastQuery, _result) = (read.Error, query, read.Value ?? _result);
            _lastData = read.Value is { } result
                ? new GridData<UserInventoryRow> { Items = result.Items, TotalItems = result.TotalCount }
                : new GridData<UserInventoryRow> { Items = [], TotalItems = 0 };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // A newer request replaced this one; keep showing the current rows.
        }
        catch (ArgumentException refused)
        {
            // A filter the inventory cannot apply (an operator or value the column does not take): said at the grid.
            (_error, _lastData) = (refused.Message, new GridData<UserInventoryRow> { Items = [], TotalItems = 0 });
        }
        // The error alert lives outside the grid, which only re-renders itself.
        StateHasChanged();
        return _lastData;
    }

    private async Task SearchAsync(string? search)
    {
        _search = search;
        await ReloadAsync();
    }

    private async Task ClearFiltersAsync()
    {
        _search = null;
        if (_grid is not null) await _grid.ClearFiltersAsync();
        await ReloadAsync();
    }

    private async Task RefreshAsync()
    {
        _refreshing = true;
        var refreshed = await CommandResult.CaptureAsync(() => Inventory.RefreshAsync());
        _refreshing = false;
        if (!refreshed.Succeeded)
        {
            _error = refreshed.Error;
            return;
        }
        await ReloadAsync();
        Snackbar.Add("Inventory refreshed from IAM.", Severity.Success);
    }

    private async Task ExportAsync()
    {
        _exporting = true;
        var export = await CommandResult.CaptureAsync(() => Users.ExportCsvAsync(_lastQuery with { Page = 0 }));
        if (export.Value is { } csv)
        {
            var fileName = $"iam-users-{await AccountIdAsync()}-{Clock.GetUtcNow():yyyyMMdd-HHmm}.csv";
            await JS.InvokeVoidAsync("iamPortal.downloadText", fileName, "text/csv;charset=utf-8", csv);
        }
        else Snackbar.Add($"The export failed. {export.Error}", Severity.Error);
        _exporting = false;
    }

    private async Task<string> AccountIdAsync()
    {
        return (await CommandResult.CaptureAsync(() => Accounts.GetAsync())).Value?.AccountId ?? "account";
    }

    private void OnSelectionChanged(HashSet<UserInventoryRow> selected) => _selected = new HashSet<UserInventoryRow>(selected, ByUserName);

    private void ClearSelection() => _selected = new HashSet<UserInventoryRow>(ByUserName);

    /// <summary>After a bulk action the inventory changed: clear the selection and reload the rows (the results stay shown).</summary>
    private async Task OnBulkCompletedAsync()
    {
        ClearSelection();
        await ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private sealed class UserNameComparer : IEqualityComparer<UserInventoryRow>
    {
        public bool Equals(UserInventoryRow? x, UserInventoryRow? y) =>
            string.Equals(x?.UserName, y?.UserName, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(UserInventoryRow obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(obj.UserName);
    }
}
