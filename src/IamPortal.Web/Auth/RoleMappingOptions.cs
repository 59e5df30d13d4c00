using IamPortal.Application.Operators;

namespace IamPortal.Web.Auth;

/// <summary>
/// The <c>Authorization</c> section: which claims carry the operator's IdP groups or app roles
/// (<c>RoleClaimTypes</c>, default groups and roles) and which of those values grant each portal role (<c>RoleMappings</c>).
/// </summary>
public sealed record RoleMappingOptions(IReadOnlyList<string> RoleClaimTypes, IReadOnlyDictionary<PortalRole, IReadOnlyList<string>> RoleMappings)
{
    public const string Section = "Authorization";

    public static IReadOnlyList<string> DefaultClaimTypes { get; } = ["groups", "roles"];

    public static IReadOnlyDictionary<PortalRole, IReadOnlyList<string>> DefaultMappings { get; } = new Dictionary<PortalRole, IReadOnlyList<string>>
    {
        [PortalRole.SecurityAdmin] = ["iam-portal-admins"],
        [PortalRole.TeamLead] = ["iam-portal-teamleads"],
        [PortalRole.Auditor] = ["iam-portal-auditors"],
    };

    public static RoleMappingOptions Default { get; } = new(DefaultClaimTypes, DefaultMappings);

    /// <summary>
    /// Reads the section by hand: the configuration binder appends configured arrays to default ones, so defaults apply
    /// only where nothing is configured. A role missing from RoleMappings keeps its default group.
    /// </summary>
    public static RoleMappingOptions Read(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var claimTypes = Values(section.GetSection("RoleClaimTypes"));
        var mappings = new Dictionary<PortalRole, IReadOnlyList<string>>(DefaultMappings);
        foreach (var role in section.GetSection("RoleMappings").GetChildren())
        {
            if (!Enum.TryParse<PortalRole>(role.Key, ignoreCase: true, out var portalRole) || portalRole == PortalRole.None)
            {
                throw new InvalidOperationException(
                    $"Authorization:RoleMappings has '{role.Key}'; use SecurityAdmin, TeamLead or Auditor.");
            }
            mappings[portalRole] = Values(role);
        }
        return new RoleMappingOptions(claimTypes.Count > 0 ? claimTypes : DefaultClaimTypes, mappings);
    }

    /// <summary>An array section (<c>X:0</c>, <c>X:1</c>) or a single comma-separated value (handy in environment variables).</summary>
    private static List<string> Values(IConfigurationSection section)
    {
        var values = section.GetChildren().Select(c => c.Value).ToList();
        if (values.Count == 0) values.Add(section.Value);
        return values
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
    }
}
