using IamPortal.Application.Accounts;
using IamPortal.Application.Commands;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Accounts;

/// <summary>
/// Switches account: the page's section (users, groups, findings, ...) in the chosen account, as a new page load, since the
/// account is the page's base URL (ADR 0026). Lists only the accounts the operator has a role in.
/// </summary>
public partial class AccountSwitcher
{
    private IReadOnlyList<PortalAccount>? _accounts;
    private PortalAccount? _current;

    [Inject] private IAccountStatusService Accounts { get; set; } = default!;
    [Inject] private ICurrentAccount Current { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var read = await CommandResult.CaptureAsync(() => Accounts.ReadableAsync());
        _accounts = read.Value;
        var id = (await Current.GetAsync()).AccountId;
        _current = _accounts?.FirstOrDefault(a => a.Id == id);
    }

    private static string Label(PortalAccount? account) => account is null ? "" : $"{account.Name} ({account.Id})";

    private string Alias(PortalAccount account) => Accounts.KnownAlias(account.Id) is { } alias ? $"· {alias}" : "";

    private Task<IEnumerable<PortalAccount>> SearchAsync(string? text, CancellationToken ct)
    {
        var all = _accounts ?? [];
        if (string.IsNullOrWhiteSpace(text) || text == Label(_current)) return Task.FromResult<IEnumerable<PortalAccount>>(all);
        var term = text.Trim();
        return Task.FromResult(all.Where(a => a.Matches(term)
            || (Accounts.KnownAlias(a.Id)?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false)));
    }

    private void SwitchTo(PortalAccount? account)
    {
        if (account is null || account.Id == _current?.Id) return;
        Navigation.NavigateTo(AccountPaths.For(account.Id, Section()), forceLoad: true);
    }

    /// <summary>The section of the page now open (its first path segment), kept across the switch; else the users list.</summary>
    private string Section()
    {
        var relative = Navigation.ToBaseRelativePath(Navigation.Uri).Split('?', '#')[0];
        var first = relative.Split('/', 2)[0];
        return AccountSections.Contains(first) ? first : "users";
    }

    private static readonly HashSet<string> AccountSections =
        new(["users", "groups", "policies", "audit", "trends", "findings", "reports", "reviews", "offboarding", "settings"], StringComparer.Ordinal);
}
