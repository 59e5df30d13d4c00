using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Credentials;

public interface IAccessKeyService
{
    /// <summary>Creates a key; the secret is in the result only (show it once). Refused when the user already has 2 keys.</summary>
    Task<CommandResult<IamNewAccessKey>> CreateAsync(string userName, CancellationToken ct = default);
    Task<CommandResult> SetStatusAsync(string userName, string accessKeyId, IamAccessKeyStatus status, CancellationToken ct = default);
    Task<CommandResult> DeleteAsync(string userName, string accessKeyId, CancellationToken ct = default);
}
