using IamPortal.Application.Iam;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Accounts;

/// <summary>
/// <see cref="IAccountDiscovery"/> over AWS Organizations: every ACTIVE account (State, else Status), reached through
/// <see cref="AccountsOptions.RoleName"/>, except the account the portal runs in, which its own credentials reach.
/// </summary>
public sealed class OrganizationsAccountDiscovery(IOrganizationsClient organizations, IStsClient sts, IOptions<AccountsOptions> options)
    : IAccountDiscovery
{
    public async Task<IReadOnlyList<PortalAccount>> DiscoverAsync(CancellationToken ct)
    {
        var own = (await sts.GetCallerIdentityAsync(ct)).Account;
        var accounts = await organizations.ListAccountsAsync(ct);
        var o = options.Value;
        return accounts.Where(a => a.IsActive).Select(a => a.Id == own
                ? new PortalAccount(a.Id, a.Name, null, null, AccountSource.Organizations, a.Email)
                : new PortalAccount(a.Id, a.Name, RoleArnIn(a.Arn, a.Id, o.RoleName), o.ExternalId, AccountSource.Organizations, a.Email))
            .ToList();
    }

    /// <summary>The role's ARN in the account's partition (taken from the account's own ARN).</summary>
    internal static string RoleArnIn(string accountArn, string accountId, string roleName)
    {
        var parts = accountArn.Split(':');
        var partition = parts.Length > 1 && parts[1].Length > 0 ? parts[1] : "aws";
        return $"arn:{partition}:iam::{accountId}:role/{roleName}";
    }
}
