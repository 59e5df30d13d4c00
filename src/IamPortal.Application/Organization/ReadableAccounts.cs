using IamPortal.Application.Accounts;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Organization;

/// <summary>The accounts the operator's roles let them read (roles can be limited to accounts); the others are left out of every cross-account view.</summary>
public sealed class ReadableAccounts(IAccountDirectory directory, IOperatorContext operators)
{
    public async Task<IReadOnlyList<PortalAccount>> ListAsync(CancellationToken ct = default)
    {
        var accounts = await directory.ListAsync(ct);
        return accounts.Where(a => RolePermissions.Allows(operators.For(a.Id).Role, Permission.ReadIam)).ToList();
    }

    /// <summary>The readable accounts; none refuses with the operator's reason (<see cref="PortalAccessDeniedException"/>).</summary>
    public async Task<IReadOnlyList<PortalAccount>> RequireAsync(string action, CancellationToken ct = default)
    {
        var accounts = await ListAsync(ct);
        if (accounts.Count == 0) throw new PortalAccessDeniedException(action, operators.Current.Role);
        return accounts;
    }
}
