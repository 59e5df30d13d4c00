namespace IamPortal.Application.Accounts;

public interface IAccountService
{
    Task<AccountInfo> GetAsync(CancellationToken ct = default);
}
