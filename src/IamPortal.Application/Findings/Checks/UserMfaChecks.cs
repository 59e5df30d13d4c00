using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Findings.Checks;

/// <summary>Console users have MFA. Users without a password are not judged. CIS 1.10 / 1.9, IAM.5.</summary>
public sealed class UserConsoleMfaCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_user_mfa_enabled_console_access", "Console users have MFA", RiskSeverity.High, "1.10", "1.9", "IAM.5",
        "A console password without MFA falls to one phished or reused password.",
        "Enrol an MFA device for the user (or remove the console password).", FindingFixKind.Mfa);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input) => input.Inventory.Users
        .Where(u => u.PasswordEnabled)
        .Select(u => CheckResults.User(Definition.Id, u, u.MfaActive, u.MfaActive ? "Console password with MFA." : "Console password without MFA."));
}

/// <summary>Members of a group with AdministratorAccess (or holding it themselves) have MFA.</summary>
public sealed class AdministratorMfaCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_administrator_access_with_mfa", "Administrators have MFA", RiskSeverity.High, null, null, null,
        "An administrator without MFA hands the whole account to whoever gets their password or key.",
        "Enrol an MFA device for the administrator.", FindingFixKind.Mfa);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input) => Privileged.Administrators(input.Inventory)
        .Select(u => CheckResults.User(Definition.Id, u, u.MfaActive, u.MfaActive ? "Administrator with MFA." : "Administrator without MFA."));
}

/// <summary>Privileged users with MFA use a hardware device, not only a virtual one (IAM.6-like).</summary>
public sealed class PrivilegedHardwareMfaCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_user_hardware_mfa_enabled", "Administrators use hardware MFA", RiskSeverity.High, null, null, "IAM.6",
        "A virtual MFA seed can be copied from a phone backup; a hardware key cannot.",
        "Replace the administrator's virtual MFA device with a hardware key.", FindingFixKind.Mfa);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input) => Privileged.Administrators(input.Inventory)
        .Where(u => u.MfaActive)
        .Select(u => CheckResults.User(Definition.Id, u, u.VirtualMfaSerial is null,
            u.VirtualMfaSerial is null ? "MFA is not a virtual device." : $"Only a virtual MFA device ({u.VirtualMfaSerial})."));
}

/// <summary>
/// Every user has MFA, console or not (Security Hub IAM.19, which judges all users). A keys-only user fails too: its
/// detail says MFA then protects API calls only through MFA-conditioned sessions, so a role may fit better.
/// </summary>
public sealed class UserMfaCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_user_mfa_enabled", "Every user has MFA", RiskSeverity.Medium, null, null, "IAM.19",
        "A user without MFA is one leaked password or key away from being someone else's.",
        "Enrol an MFA device for the user; for a service with keys only, prefer a role or require MFA in its policies.", FindingFixKind.Mfa);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input) => input.Inventory.Users.Select(u => CheckResults.User(Definition.Id, u, u.MfaActive,
        u.MfaActive ? "MFA is on." : u.PasswordEnabled ? "No MFA, with a console password." : "No MFA (no console password: keys or nothing)."));
}
