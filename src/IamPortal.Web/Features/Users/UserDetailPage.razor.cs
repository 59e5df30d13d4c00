using IamPortal.Application.Accounts;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Users;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using GuardrailsRules = IamPortal.Application.Guardrails.Guardrails;
using IamPortal.Application.Iam;

namespace IamPortal.Web.Features.Users;

/// <summary>One IAM user, read live: summary, credentials (managed in place), tags, groups and permissions; a clear page when IAM has no such user.</summary>
public partial class UserDetailPage
{
    private string? _error;
    private bool _loading = true;
    private string _accountLabel = "this account";
    private List<BreadcrumbItem> _breadcrumbs = [];
    private GuardrailsRules _guardrails = new();
    private int _tab;

    [Parameter] public string UserName { get; set; } = "";

    /// <summary>The loaded user, carried from prerendering into the interactive circuit so IAM is asked once.</summary>
    [PersistentState] public UserDetailView? Detail { get; set; }

    [Inject] private IUserDetailService Details { get; set; } = default!;
    [Inject] private IAccountService Accounts { get; set; } = default!;
    [Inject] private IGuardrailsService Guardrails { get; set; } = default!;
    [Inject] private ILogger<UserDetailPage> Logger { get; set; } = default!;

    /// <summary>Marks credentials that need attention (active keys older than the guardrail's maximum age) on the tab.</summary>
    private object? CredentialsBadge =>
        Detail?.AccessKeys.Count(k => k.Key.Status == Application.Iam.IamAccessKeyStatus.Active && k.AgeDays > _guardrails.AccessKeyMaxAgeDays) is > 0 and var n ? n : null;

    protected override async Task OnParametersSetAsync()
    {
        _breadcrumbs =
        [
            new BreadcrumbItem("Users", href: "/users", icon: Icons.Material.Filled.People),
            new BreadcrumbItem(UserName, href: null),
        ];
        await LoadGuardrailsAsync();
        if (Detail is not null && string.Equals(Detail.User.UserName, UserName, StringComparison.OrdinalIgnoreCase))
        {
            _loading = false;
            return;
        }
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        (_loading, _error, Detail) = (true, null, null);
        try
        {
            Detail = await Details.GetAsync(UserName);
            if (Detail is null) _accountLabel = await AccountLabelAsync();
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogWarning(ex, "Loading user {UserName} failed", UserName);
            _error = IamErrorMessages.Describe(ex);
        }
        finally
        {
            _loading = false;
        }
    }

    /// <summary>Reloads the user after a change, keeping the page and the open tab (no skeleton).</summary>
    private async Task RefreshAsync()
    {
        try
        {
            Detail = await Details.GetAsync(UserName);
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogWarning(ex, "Reloading user {UserName} failed", UserName);
            _error = IamErrorMessages.Describe(ex);
        }
    }

    private async Task LoadGuardrailsAsync()
    {
        try { _guardrails = await Guardrails.GetAsync(); }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The defaults are a safe fallback for showing ages and hints; the services check the stored rules.
            Logger.LogWarning(ex, "Reading the guardrails failed; showing defaults");
        }
    }

    private async Task<string> AccountLabelAsync()
    {
        try
        {
            var account = await Accounts.GetAsync();
            return account.Alias is null ? account.AccountId : $"{account.AccountId} ({account.Alias})";
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return "this account";
        }
    }
}
