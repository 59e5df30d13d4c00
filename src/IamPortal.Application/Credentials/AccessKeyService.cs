using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Credentials;

/// <summary>A user's access keys: create (secret returned once), activate or deactivate, delete.</summary>
public sealed class AccessKeyService(IIamCredentialsApi iamCredentials, CredentialCommandRunner runner) : IAccessKeyService
{
    public static string TooManyKeys(string userName) =>
        $"{userName} already has {IamRules.MaxAccessKeysPerUser} access keys, IAM's limit. Deactivate and delete one first, or use the rotation assistant.";

    public async Task<CommandResult<IamNewAccessKey>> CreateAsync(string userName, CancellationToken ct = default) =>
        await runner.RunAsync(AuditActions.CreateAccessKey, userName, null, async c =>
        {
            var keys = await iamCredentials.ListAccessKeysAsync(userName, c);
            return CredentialCommandRunner.ErrorAt(CredentialFields.AccessKeys,
                keys.Count >= IamRules.MaxAccessKeysPerUser ? TooManyKeys(userName) : null);
        }, c => iamCredentials.CreateAccessKeyAsync(userName, c), ct);

    public async Task<CommandResult> SetStatusAsync(string userName, string accessKeyId, IamAccessKeyStatus status, CancellationToken ct = default) =>
        await runner.RunAsync(status == IamAccessKeyStatus.Active ? AuditActions.ActivateAccessKey : AuditActions.DeactivateAccessKey, userName,
            new Dictionary<string, object?> { ["AccessKeyId"] = accessKeyId },
            CredentialCommandRunner.Check(() => CredentialCommandRunner.ErrorAt(CredentialFields.AccessKeyId, CredentialFields.ValidateAccessKeyId(accessKeyId))),
            c => iamCredentials.UpdateAccessKeyAsync(userName, accessKeyId, status, c), ct);

    public async Task<CommandResult> DeleteAsync(string userName, string accessKeyId, CancellationToken ct = default) =>
        await runner.RunAsync(AuditActions.DeleteAccessKey, userName, new Dictionary<string, object?> { ["AccessKeyId"] = accessKeyId },
            CredentialCommandRunner.Check(() => CredentialCommandRunner.ErrorAt(CredentialFields.AccessKeyId, CredentialFields.ValidateAccessKeyId(accessKeyId))),
            c => iamCredentials.DeleteAccessKeyAsync(userName, accessKeyId, c), ct);
}
