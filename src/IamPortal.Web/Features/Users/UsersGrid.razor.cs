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
    [Inject] private ILogger<UsersGrid> Logger { get; set; } = default!;
    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;
    [Inject] private UsersGridColumns Columns { get; set; } = default!;

    private IReadOnlyList<string> SelectedUserNames => _selected.Select(u => u.UserName).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();

    protected override void OnInitialized() => _canManage = OperatorContext.Can(Permission.ManageUsers);

    public static string UserLink(string userName) => $"/users/{Uri.EscapeDataString(userName)}";

    private async Task<GridData<UserInventoryRow>> LoadAsync(GridState<UserInventoryRow> state, CancellationToken ct)
    {
        try
        {
            var query = UserGridQuery.From(state, _search); // a filter word the Application does not know is refused here
            var result = await Users.QueryAsync(query, ct);
            (_lastQuery, _result, _error) = (query, result, null);
            _lastData = new GridData<UserInventoryRow> { Items = result.Items, TotalItems = result.TotalCount };
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // A newer request replaced this one; keep showing the current rows.
        }
        catch (Exception ex)
        {
            _error = Describe(ex);
            _lastData = new GridData<UserInventoryRow> { Items = [], TotalItems = 0 };
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
        try
        {
            await Inventory.RefreshAsync();
            await ReloadAsync();
            Snackbar.Add("Inventory refreshed from IAM.", Severity.Success);
        }
        catch (Exception ex)
        {
            _error = Describe(ex);
        }
        finally
        {
            _refreshing = false;
        }
    }

    private async Task ExportAsync()
    {
        _exporting = true;
        try
        {
            var csv = await Users.ExportCsvAsync(_lastQuery with { Page = 0 });
            var fileName = $"iam-users-{await AccountIdAsync()}-{Clock.GetUtcNow():yyyyMMdd-HHmm}.csv";
            await JS.InvokeVoidAsync("iamPortal.downloadText", fileName, "text/csv;charset=utf-8", csv);
        }
        catch (Exception ex) when (ex is not JSDisconnectedException)
        {
            Snackbar.Add($"The export failed. {Describe(ex)}", Severity.Error);
        }
        finally
        {
            _exporting = false;
        }
    }

    private async Task<string> AccountIdAsync()
    {
        try
        {
            return (await Accounts.GetAsync()).AccountId;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return "account";
        }
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

    private string Describe(Exception ex)
    {
        if (ex is ArgumentException) return ex.Message; // a filter the inventory cannot apply
        Logger.LogWarning(ex, "Loading the users failed");
        return IamErrorMessages.Describe(ex);
    }

    private sealed class UserNameComparer : IEqualityComparer<UserInventoryRow>
    {
        public bool Equals(UserInventoryRow? x, UserInventoryRow? y) =>
            string.Equals(x?.UserName, y?.UserName, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode(UserInventoryRow obj) => StringComparer.OrdinalIgnoreCase.GetHashCode(obj.UserName);
    }
}
