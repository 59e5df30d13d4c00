using System.Globalization;

namespace IamPortal.Sandbox;

/// <summary>
/// An AWS Organization hosted by one Sandbox: the management account is the Sandbox's own account
/// (<see cref="SandboxAccount.AccountId"/>, seeded from <see cref="SandboxOptions.SeedUsers"/>), plus these members.
/// </summary>
public sealed class SandboxOrganizationOptions
{
    public string OrganizationId { get; set; } = "o-sbx4demo01";

    public string ManagementName { get; set; } = "Management";

    public string ManagementEmail { get; set; } = "aws-management@example.com";

    public List<SandboxMemberAccountOptions> Accounts { get; set; } = [];

    /// <summary>The demo organization: security, production, staging, development and a suspended account (295 users beyond management's).</summary>
    public static SandboxOrganizationOptions Demo() => new()
    {
        Accounts =
        [
            Member("210987654321", "Security", 25, 11, AccountHygiene.Clean),
            Member("345678901234", "Production", 120, 12, AccountHygiene.StrongMfa),
            Member("456789012345", "Staging", 60, 13, AccountHygiene.Typical),
            Member("567890123456", "Development", 80, 14, AccountHygiene.Poor),
            Member("678901234567", "Legacy", 10, 15, AccountHygiene.Poor, "SUSPENDED"),
        ],
    };

    /// <summary><paramref name="accounts"/> members of <paramref name="usersEach"/> users each (benchmarks), ids 200000000001, 200000000002, ...</summary>
    public static SandboxOrganizationOptions Uniform(int accounts, int usersEach, int seed = 42)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(accounts);
        ArgumentOutOfRangeException.ThrowIfNegative(usersEach);
        var options = new SandboxOrganizationOptions();
        for (var i = 1; i <= accounts; i++)
        {
            var id = (200_000_000_000L + i).ToString(CultureInfo.InvariantCulture);
            options.Accounts.Add(Member(id, $"Workload {i:D3}", usersEach, unchecked(seed * 1000 + i), AccountHygiene.Typical));
        }
        return options;
    }

    private static SandboxMemberAccountOptions Member(string id, string name, int users, int seed, AccountHygiene hygiene, string status = "ACTIVE") => new()
    {
        Id = id,
        Name = name,
        Email = $"aws-{name.ToLowerInvariant().Replace(' ', '-')}@example.com",
        Alias = $"acme-{name.ToLowerInvariant().Replace(' ', '-')}",
        SeedUsers = users,
        Seed = seed,
        Hygiene = hygiene,
        Status = status,
    };
}

/// <summary>One member account of a <see cref="SandboxOrganizationOptions"/>.</summary>
public sealed class SandboxMemberAccountOptions
{
    public string Id { get; set; } = "";
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string Alias { get; set; } = "";

    /// <summary>ACTIVE, SUSPENDED or PENDING_CLOSURE, as Organizations reports it.</summary>
    public string Status { get; set; } = "ACTIVE";

    public int SeedUsers { get; set; } = 50;
    public int Seed { get; set; } = 1;
    public AccountHygiene Hygiene { get; set; } = AccountHygiene.Typical;

    /// <summary>The IAM roles STS AssumeRole may enter in this account.</summary>
    public List<string> RoleNames { get; set; } = [.. SandboxOrganizationDefaults.RoleNames];

    /// <summary>When set, every role of the account requires this ExternalId in AssumeRole.</summary>
    public string? ExternalId { get; set; }

    /// <summary>The roles' MaxSessionDuration in seconds (IAM's default is one hour).</summary>
    public int MaxSessionDurationSeconds { get; set; } = 3600;
}

/// <summary>How a seeded account's credentials look after the common seed (see the Organization section of the README).</summary>
public enum AccountHygiene
{
    /// <summary>The seed as it is.</summary>
    Typical,

    /// <summary>Every console user has MFA, no key is older than 60 days, nobody is inactive.</summary>
    Clean,

    /// <summary>Every console user has MFA; keys as seeded.</summary>
    StrongMfa,

    /// <summary>No MFA, keys a year or more old, many users inactive for months.</summary>
    Poor,
}

public static class SandboxOrganizationDefaults
{
    public const string PortalRole = "IamPortalRole";
    public const string OrganizationAccountAccessRole = "OrganizationAccountAccessRole";

    public static readonly IReadOnlyList<string> RoleNames = [PortalRole, OrganizationAccountAccessRole];
}
