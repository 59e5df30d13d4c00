using System.Security.Claims;
using IamPortal.Application.Operators;

namespace IamPortal.Web.Auth;

/// <summary>
/// Maps a signed-in principal's IdP groups or app roles to a portal role: the most capable role any of its values maps
/// to wins; a principal that matches no mapping gets <see cref="PortalRole.None"/> (no access).
/// </summary>
public sealed class PortalRoleMapper(RoleMappingOptions options)
{
    public RoleMappingOptions Options { get; } = options;

    /// <summary>
    /// The role in <paramref name="accountId"/>: every-account mappings and those limited to that account. Without an
    /// account (page-level authorization, single-account mode) the most capable role anywhere; the services then enforce
    /// the role of the account they act on.
    /// </summary>
    public PortalRole Map(ClaimsPrincipal? principal, string? accountId = null)
    {
        if (principal?.Identity is not { IsAuthenticated: true }) return PortalRole.None;
        var values = Values(principal);
        var everywhere = Options.RoleMappings.Where(mapping => mapping.Value.Any(values.Contains)).Select(mapping => mapping.Key);
        var limited = Options.AccountMappings
            .Where(m => values.Contains(m.Value) && (accountId is null || m.Accounts.Contains(accountId)))
            .Select(m => m.Role);
        return everywhere.Concat(limited).DefaultIfEmpty(PortalRole.None).Max();
    }

    /// <summary>The accounts the principal has any role in; null when a mapping for every account applies.</summary>
    public IReadOnlySet<string>? AccountsOf(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true }) return new HashSet<string>();
        var values = Values(principal);
        if (Options.RoleMappings.Any(mapping => mapping.Value.Any(values.Contains))) return null;
        return Options.AccountMappings.Where(m => values.Contains(m.Value)).SelectMany(m => m.Accounts).ToHashSet(StringComparer.Ordinal);
    }

    private HashSet<string> Values(ClaimsPrincipal principal) => principal.Claims
        .Where(c => Options.RoleClaimTypes.Contains(c.Type, StringComparer.OrdinalIgnoreCase))
        .Select(c => c.Value)
        .ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The IdP values that grant any role, for the "no role" page.</summary>
    public IEnumerable<string> MappedValues => Options.RoleMappings.OrderByDescending(m => m.Key).SelectMany(m => m.Value)
        .Concat(Options.AccountMappings.Select(m => m.Value)).Distinct();
}
