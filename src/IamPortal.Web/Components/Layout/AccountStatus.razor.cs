using IamPortal.Application.Commands;
using IamPortal.Application.Accounts;
using Microsoft.AspNetCore.Components;
using IamPortal.Application.Iam;

namespace IamPortal.Web.Components.Layout;

/// <summary>The account the portal acts on, in the app bar: id, alias, Sandbox chip, connection warning, or why it is unavailable.</summary>
public partial class AccountStatus
{
    private AccountInfo? _account;
    private string? _error;

    [Inject] private IAccountService Accounts { get; set; } = default!;
    protected override async Task OnInitializedAsync()
    {
        var read = await CommandResult.CaptureAsync(() => Accounts.GetAsync());
        (_account, _error) = (read.Value, read.Error);
    }
}
