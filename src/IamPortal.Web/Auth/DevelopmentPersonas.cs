using System.Security.Claims;
using IamPortal.Application.Operators;

namespace IamPortal.Web.Auth;

/// <summary>One identity of the Development provider's persona picker.</summary>
public sealed record DevelopmentPersona(string Key, string Title, string Description, string Subject, string Name, string Email, PortalRole Role);

/// <summary>
/// The Development provider's personas. Each signs in with the first IdP group that <c>Authorization:RoleMappings</c>
/// maps to its role, so the persona goes through the same mapping as a real operator.
/// </summary>
public static class DevelopmentPersonas
{
    public const string ProviderName = "Development";

    /// <summary>A group no mapping should use: the "No role" persona's only group.</summary>
    public const string UnmappedGroup = "iam-portal-development-no-role";

    public static IReadOnlyList<DevelopmentPersona> All { get; } =
    [
        new("SecurityAdmin", "Security admin", "Everything: onboard and offboard users, credentials, settings, audit log.",
            "dev-admin", "Dev Admin", "dev.admin@localhost", PortalRole.SecurityAdmin),
        new("TeamLead", "Team lead", "Reads users and groups; reviews the groups they own.",
            "dev-lead", "Dev Lead", "dev.lead@localhost", PortalRole.TeamLead),
        new("Auditor", "Auditor", "Read-only everywhere: inventory, reports, the audit log and exports.",
            "dev-auditor", "Dev Auditor", "dev.auditor@localhost", PortalRole.Auditor),
        new("NoRole", "No role", "Signed in, but in no portal group: sees the \"no role\" page.",
            "dev-norole", "Dev Nobody", "dev.nobody@localhost", PortalRole.None),
    ];

    public static DevelopmentPersona? Find(string? key) =>
        All.FirstOrDefault(p => string.Equals(p.Key, key, StringComparison.OrdinalIgnoreCase));

    public static ClaimsPrincipal CreatePrincipal(DevelopmentPersona persona, RoleMappingOptions mappings, string authenticationType)
    {
        var group = persona.Role != PortalRole.None && mappings.RoleMappings.TryGetValue(persona.Role, out var groups) && groups.Count > 0
            ? groups[0]
            : UnmappedGroup;
        var identity = new ClaimsIdentity(
        [
            new Claim("sub", persona.Subject),
            new Claim("name", persona.Name),
            new Claim("email", persona.Email),
            new Claim(mappings.RoleClaimTypes[0], group),
            new Claim(PortalClaimTypes.Provider, ProviderName),
        ], authenticationType, "name", ClaimTypes.Role);
        return new ClaimsPrincipal(identity);
    }
}
