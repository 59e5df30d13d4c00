using IamPortal.Application.Operators;

namespace IamPortal.Web.Auth;

/// <summary>
/// The <c>Authorization</c> section: which claims carry the operator's IdP groups or app roles
/// (<c>RoleClaimTypes</c>, default groups and roles) and which of those values grant each portal role (<c>RoleMappings</c>).
/// </summary>
/// <remarks>
/// A mapping entry is an IdP value (the role in every account), or <c>{ "Group": "prod-auditors", "Accounts": ["111111111111"] }</c>:
/// the role only in those accounts (<see cref="AccountMappings"/>), enforced by the services through the operator context.
/// </remarks>
public sealed record RoleMappingOptions(IReadOnlyList<string> RoleClaimTypes, IReadOnlyDictionary<PortalRole, IReadOnlyList<string>> RoleMappings,
    IReadOnlyList<AccountRoleMapping>? AccountMappings = null)
{
    public IReadOnlyList<AccountRoleMapping> AccountMappings { get; } = AccountMappings ?? [];

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
        var limited = new List<AccountRoleMapping>();
        foreach (var role in section.GetSection("RoleMappings").GetChildren())
        {
            if (!Enum.TryParse<PortalRole>(role.Key, ignoreCase: true, out var portalRole) || portalRole == PortalRole.None)
            {
                throw new InvalidOperationException(
                    $"Authorization:RoleMappings has '{role.Key}'; use SecurityAdmin, TeamLead or Auditor.");
            }
            mappings[portalRole] = Values(role, limited, portalRole);
        }
        return new RoleMappingOptions(claimTypes.Count > 0 ? claimTypes : DefaultClaimTypes, mappings, limited);
    }

    /// <summary>A role's values that apply in every account; its <c>{ Group, Accounts }</c> entries go to <paramref name="limited"/>.</summary>
    private static List<string> Values(IConfigurationSection section, List<AccountRoleMapping> limited, PortalRole role)
    {
        foreach (var entry in section.GetChildren().Where(c => c.Value is null && c["Group"] is not null))
        {
            var accounts = Values(entry.GetSection("Accounts"));
            if (accounts.Count == 0 || accounts.Any(a => !Application.Accounts.PortalAccount.IsAccountId(a)))
                throw new InvalidOperationException($"Authorization:RoleMappings:{section.Key} limits '{entry["Group"]}' to accounts; list them as 12-digit ids.");
            limited.Add(new AccountRoleMapping(role, entry["Group"]!, accounts.ToHashSet(StringComparer.Ordinal)));
        }
        return Values(section);
    }

    /// <summary>An array section (<c>X:0</c>, <c>X:1</c>) or a single comma-separated value (handy in environment variables).</summary>
    private static List<string> Values(IConfigurationSection section)
    {
        var children = section.GetChildren().ToList();
        var values = children.Count == 0 ? [section.Value] : children.Select(c => c.Value).ToList();
        return values
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
    }
}

/// <summary>An IdP value that grants <see cref="Role"/> only in <see cref="Accounts"/>.</summary>
public sealed record AccountRoleMapping(PortalRole Role, string Value, IReadOnlySet<string> Accounts);
