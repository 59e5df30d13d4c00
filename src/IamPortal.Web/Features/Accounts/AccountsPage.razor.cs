using IamPortal.Application.Accounts;
using IamPortal.Application.Commands;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Accounts;

/// <summary>The accounts list: every readable account at once, each row filled in as its check answers.</summary>
public partial class AccountsPage : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private List<AccountsTable.Row>? _rows;
    private string? _error;
    private string? _discoveryError;

    [Inject] private IAccountStatusService Accounts { get; set; } = default!;
    [Inject] private IAccountDirectory Directory { get; set; } = default!;

    private int Checked => _rows?.Count(r => r.Status is not null) ?? 0;

    protected override async Task OnInitializedAsync()
    {
        var readable = await CommandResult.CaptureAsync(() => Accounts.ReadableAsync(_cts.Token));
        _discoveryError = Directory.DiscoveryError;
        if (readable.Error is not null)
        {
            _error = readable.Error;
            return;
        }
        _rows = readable.Value!.Select(a => new AccountsTable.Row(a)).ToList();
        _ = CheckAsync();
    }

    private async Task CheckAsync()
    {
        var done = await CommandResult.CaptureAsync(() => Accounts.ListAsync(row => _ = InvokeAsync(() =>
        {
            if (_rows?.FirstOrDefault(r => r.Account.Id == row.Account.Id) is { } target) target.Status = row;
            StateHasChanged();
        }), _cts.Token));
        if (done.Error is not null) await InvokeAsync(() => { _error = done.Error; StateHasChanged(); });
    }

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
    }
}
