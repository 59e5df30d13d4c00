using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Organization;

/// <summary>
/// The accounts one Sandbox hosts: always the management account (the <see cref="IamState"/> registered in DI, so
/// everything injecting it keeps working) and, when <see cref="SandboxOptions.Organization"/> is set, its members.
/// Finds the account of an access key (operator keys, IAM users' keys, AssumeRole sessions).
/// </summary>
public sealed class SandboxOrganization
{
    private static readonly DateTimeOffset Founded = new(2020, 1, 15, 9, 30, 0, TimeSpan.Zero);
    private readonly Dictionary<string, OrganizationAccount> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OrganizationAccount> _byOperatorKey = new(StringComparer.Ordinal);

    public SandboxOrganization(IamState management, SandboxOptions options)
    {
        Options = options.Organization;
        var accounts = new List<OrganizationAccount>
        {
            new()
            {
                Id = management.AccountId, Name = Options?.ManagementName ?? "Sandbox", Email = Options?.ManagementEmail ?? "aws-management@example.com",
                Alias = SandboxAccount.Alias, Status = "ACTIVE", State = management, IsManagement = true,
                OperatorAccessKeyId = SandboxAccount.OperatorAccessKeyId, OperatorSecretAccessKey = SandboxAccount.OperatorSecretAccessKey,
                RoleNames = SandboxOrganizationDefaults.RoleNames, Joined = Founded,
            },
        };
        var i = 0;
        foreach (var m in Options?.Accounts ?? [])
        {
            if (m.Id.Length != 12 || !m.Id.All(char.IsAsciiDigit))
                throw new ArgumentException($"Member account id '{m.Id}' is not 12 digits.", nameof(options));
            accounts.Add(new OrganizationAccount
            {
                Id = m.Id, Name = m.Name, Email = m.Email, Alias = m.Alias, Status = m.Status, IsManagement = false,
                State = new IamState { AccountId = m.Id, SeedAlias = m.Alias },
                OperatorAccessKeyId = DerivedKeys.OperatorAccessKeyId(m.Id), OperatorSecretAccessKey = DerivedKeys.OperatorSecretAccessKey(m.Id),
                RoleNames = [.. m.RoleNames], ExternalId = m.ExternalId, MaxSessionDurationSeconds = m.MaxSessionDurationSeconds,
                Joined = Founded.AddDays(30 + 17 * i++), Options = m,
            });
        }
        foreach (var a in accounts)
        {
            if (!_byId.TryAdd(a.Id, a)) throw new ArgumentException($"Account {a.Id} is in the organization twice.", nameof(options));
            _byOperatorKey[a.OperatorAccessKeyId] = a;
        }
        Accounts = accounts;
        Management = accounts[0];
        OrganizationId = Options?.OrganizationId ?? "o-sbx4demo01";
    }

    /// <summary>Null when the Sandbox hosts no organization (Organizations answers AWSOrganizationsNotInUseException).</summary>
    public SandboxOrganizationOptions? Options { get; }

    public bool Enabled => Options is not null;

    public string OrganizationId { get; }

    public string OrganizationArn => $"arn:aws:organizations::{Management.Id}:organization/{OrganizationId}";

    public OrganizationAccount Management { get; }

    /// <summary>The management account first, then the members in configured order.</summary>
    public IReadOnlyList<OrganizationAccount> Accounts { get; }

    public IEnumerable<OrganizationAccount> Members => Accounts.Skip(1);

    public RoleSessions Sessions { get; } = new();

    public OrganizationAccount? Find(string accountId) => _byId.GetValueOrDefault(accountId);

    public OrganizationAccount? FindByOperatorKey(string accessKeyId) => _byOperatorKey.GetValueOrDefault(accessKeyId);

    public string AccountArn(OrganizationAccount a) => $"arn:aws:organizations::{Management.Id}:account/{OrganizationId}/{a.Id}";

    /// <summary>The IAM user key with this id in any account (each account's state is locked in turn, never two at once).</summary>
    public (OrganizationAccount Account, UserEntity User, AccessKey Key)? FindUserKey(string accessKeyId)
    {
        foreach (var account in Accounts)
        {
            lock (account.State.Sync)
                if (account.State.AccessKeys.TryGetValue(accessKeyId, out var entry)) return (account, entry.User, entry.Key);
        }
        return null;
    }

    /// <summary>The account that owns a key id the organization knows (operator key, user key, session), or null.</summary>
    public OrganizationAccount? OwnerOf(string accessKeyId) =>
        FindByOperatorKey(accessKeyId) ?? Sessions.Find(accessKeyId)?.Account ?? FindUserKey(accessKeyId)?.Account;
}
