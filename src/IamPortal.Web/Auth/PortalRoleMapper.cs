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

    public PortalRole Map(ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true }) return PortalRole.None;
        var values = principal.Claims
            .Where(c => Options.RoleClaimTypes.Contains(c.Type, StringComparer.OrdinalIgnoreCase))
            .Select(c => c.Value)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Options.RoleMappings
            .Where(mapping => mapping.Value.Any(values.Contains))
            .Select(mapping => mapping.Key)
            .DefaultIfEmpty(PortalRole.None)
            .Max();
    }

    /// <summary>The IdP values that grant any role, for the "no role" page.</summary>
    public IEnumerable<string> MappedValues => Options.RoleMappings.OrderByDescending(m => m.Key).SelectMany(m => m.Value).Distinct();
}
