using IamPortal.Application.Accounts;

namespace IamPortal.Web.Tests.Features.Accounts;

/// <summary>A directory with fixed accounts; none means single-account mode.</summary>
public sealed class FixedAccountDirectory(params PortalAccount[] accounts) : IAccountDirectory
{
    public bool IsMultiAccount => accounts.Length > 0;
    public Task<IReadOnlyList<PortalAccount>> ListAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<PortalAccount>>(accounts);
    public PortalAccount? Find(string accountId) => accounts.FirstOrDefault(a => a.Id == accountId);
    public PortalAccount? Default => accounts.FirstOrDefault();
    public string? DiscoveryError => null;
}
