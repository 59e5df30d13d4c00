using IamPortal.Application.Commands;
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
    private bool _retryable;
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
        Detail?.AccessKeys.ValueOr([]).Count(k => k.Key.Status == Application.Iam.IamAccessKeyStatus.Active && k.AgeDays > _guardrails.AccessKeyMaxAgeDays) is > 0 and var n ? n : null;

    protected override async Task OnParametersSetAsync()
    {
        _breadcrumbs =
        [
            new BreadcrumbItem("Users", href: "users", icon: Icons.Material.Filled.People),
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
        var read = await CommandResult.CaptureAsync(() => Details.GetAsync(UserName));
        (Detail, _error, _retryable) = (read.Value, read.Error, read.Retryable);
        if (read.Succeeded && Detail is null) _accountLabel = await AccountLabelAsync();
        _loading = false;
    }

    /// <summary>Reloads the user after a change, keeping the page and the open tab (no skeleton).</summary>
    private async Task RefreshAsync()
    {
        var read = await CommandResult.CaptureAsync(() => Details.GetAsync(UserName));
        if (read.Succeeded) Detail = read.Value;
        (_error, _retryable) = (read.Error, read.Retryable);
    }

    /// <summary>A tab's title with how many items its reads found, or that IAM did not answer for some of them.</summary>
    private static string TabText<T>(string title, SectionRead<IReadOnlyList<T>> read) => TabText(title, Part(read));

    private static string TabText<T1, T2>(string title, SectionRead<IReadOnlyList<T1>> first, SectionRead<IReadOnlyList<T2>> second) =>
        TabText(title, Part(first), Part(second));

    private static string TabText(string title, params (bool Read, int Count)[] parts) =>
        parts.All(p => p.Read) ? $"{title} ({parts.Sum(p => p.Count)})"
        : parts.Any(p => p.Read) ? $"{title} (partly read)" : $"{title} (could not be read)";

    private static (bool Read, int Count) Part<T>(SectionRead<IReadOnlyList<T>> read) => (read.Succeeded, read.Value?.Count ?? 0);

    private async Task LoadGuardrailsAsync()
    {
        // On failure the defaults are a safe fallback for showing ages and hints; the services check the stored rules.
        if ((await CommandResult.CaptureAsync(() => Guardrails.GetAsync())).Value is { } guardrails) _guardrails = guardrails;
    }

    private async Task<string> AccountLabelAsync()
    {
        var read = await CommandResult.CaptureAsync(() => Accounts.GetAsync());
        return read.Value is not { } account ? "this account" : account.Alias is null ? account.AccountId : $"{account.AccountId} ({account.Alias})";
    }
}
