using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Credentials;

/// <summary>
/// A virtual MFA device being enrolled: its serial, the otpauth:// URI an authenticator app scans and the seed for manual
/// entry. Held in memory only, for the dialog that shows it once.
/// </summary>
public sealed record VirtualMfaEnrolment(string UserName, string SerialNumber, string Base32Seed, string OtpAuthUri)
{
    public override string ToString() => $"VirtualMfaEnrolment {{ UserName = {UserName}, SerialNumber = {SerialNumber}, Seed = *** }}";
}

/// <summary>MFA devices of one user: virtual enrolment (no device left orphaned), deactivation, resync.</summary>
public sealed class MfaService(
    IIamUsersApi iamUsers, IIamMfaApi iamMfa, IAccountService accounts, CredentialCommandRunner runner, TimeProvider time) : IMfaService
{
    public const string Issuer = "Amazon Web Services";

    public async Task<CommandResult<VirtualMfaEnrolment>> BeginVirtualEnrolmentAsync(string userName, CancellationToken ct = default)
    {
        var deviceName = $"{userName}-{time.GetUtcNow():yyyyMMddHHmmss}";
        var result = await runner.RunAsync(AuditActions.CreateVirtualMfaDevice, userName, new Dictionary<string, object?> { ["DeviceName"] = deviceName },
            async c =>
            {
                if (IamRules.ValidateUserName(userName) is { } nameError) return CredentialCommandRunner.ErrorAt("UserName", nameError);
                // The user must exist before a device is made for it, or the device would be orphaned.
                await iamUsers.GetUserAsync(userName, c);
                return CredentialCommandRunner.ErrorAt("UserName", null);
            },
            c => iamMfa.CreateVirtualMfaDeviceAsync(deviceName, null, c), ct);
        if (!result.Succeeded) return CommandResult.Failed<VirtualMfaEnrolment>(result.Error ?? string.Join(" ", result.Errors.Values));
        var device = result.Value!;
        var account = await accounts.GetAsync(ct);
        return CommandResult.Ok(new VirtualMfaEnrolment(userName, device.SerialNumber, device.Base32StringSeed,
            OtpAuthUri(account.Alias ?? account.AccountId, userName, device.Base32StringSeed)));
    }

    /// <summary>The URI authenticator apps read from the QR code (Key Uri Format).</summary>
    public static string OtpAuthUri(string accountLabel, string userName, string seed) =>
        $"otpauth://totp/{Uri.EscapeDataString(accountLabel)}:{Uri.EscapeDataString(userName)}?secret={seed}&issuer={Uri.EscapeDataString(Issuer)}";

    public async Task<CommandResult> CompleteVirtualEnrolmentAsync(string userName, string serialNumber, string code1, string code2, CancellationToken ct = default)
    {
        var result = await runner.RunAsync(AuditActions.EnableMfaDevice, userName, new Dictionary<string, object?> { ["SerialNumber"] = serialNumber },
            CredentialCommandRunner.Check(() => ValidateDevice(serialNumber, code1, code2)),
            c => iamMfa.EnableMfaDeviceAsync(userName, serialNumber, code1, code2, c), ct);
        if (result.Succeeded || result.Errors.Count > 0) return result;
        // IAM refused (wrong codes, quota...): the device was not assigned, so remove it rather than leave an orphan.
        var cleanup = await CancelVirtualEnrolmentAsync(userName, serialNumber, ct);
        var note = cleanup.Succeeded ? " The unassigned device was removed: start the assignment again." : " " + cleanup.Error;
        return CommandResult.Failed<bool>(result.Error + note);
    }

    public async Task<CommandResult> CancelVirtualEnrolmentAsync(string userName, string serialNumber, CancellationToken ct = default) =>
        await runner.RunAsync(AuditActions.DeleteVirtualMfaDevice, userName, new Dictionary<string, object?> { ["SerialNumber"] = serialNumber },
            CredentialCommandRunner.Check(() => CredentialCommandRunner.ErrorAt(CredentialFields.SerialNumber, ValidateVirtual(serialNumber))),
            async c =>
            {
                try { await iamMfa.DeleteVirtualMfaDeviceAsync(serialNumber, c); }
                catch (NoSuchEntityException) { /* already gone: nothing is orphaned */ }
            }, ct);

    public async Task<CommandResult> DeactivateAsync(string userName, string serialNumber, CancellationToken ct = default)
    {
        var deactivated = await runner.RunAsync(AuditActions.DeactivateMfaDevice, userName, new Dictionary<string, object?> { ["SerialNumber"] = serialNumber },
            CredentialCommandRunner.Check(() => CredentialCommandRunner.ErrorAt(CredentialFields.SerialNumber, CredentialFields.ValidateSerialNumber(serialNumber))),
            c => iamMfa.DeactivateMfaDeviceAsync(userName, serialNumber, c), ct);
        if (!deactivated.Succeeded || !CredentialFields.IsVirtualMfa(serialNumber)) return deactivated;
        return await CancelVirtualEnrolmentAsync(userName, serialNumber, ct);
    }

    public async Task<CommandResult> ResyncAsync(string userName, string serialNumber, string code1, string code2, CancellationToken ct = default) =>
        await runner.RunAsync(AuditActions.ResyncMfaDevice, userName, new Dictionary<string, object?> { ["SerialNumber"] = serialNumber },
            CredentialCommandRunner.Check(() => ValidateDevice(serialNumber, code1, code2)),
            c => iamMfa.ResyncMfaDeviceAsync(userName, serialNumber, code1, code2, c), ct);

    private static IReadOnlyDictionary<string, string> ValidateDevice(string serialNumber, string code1, string code2)
    {
        var errors = new Dictionary<string, string>(CredentialFields.ValidateCodes(code1, code2));
        if (CredentialFields.ValidateSerialNumber(serialNumber) is { } serialError) errors[CredentialFields.SerialNumber] = serialError;
        return errors;
    }

    private static string? ValidateVirtual(string serialNumber) =>
        CredentialFields.ValidateSerialNumber(serialNumber)
        ?? (CredentialFields.IsVirtualMfa(serialNumber) ? null : "Only virtual MFA devices can be deleted.");
}
