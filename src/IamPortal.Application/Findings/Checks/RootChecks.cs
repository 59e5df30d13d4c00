using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Findings.Checks;

/// <summary>
/// Root has no access key. GetAccountSummary's AccountAccessKeysPresent counts inactive keys too (CIS: no key should
/// exist), so it decides; without it, an active key in the credential report's root row still fails. CIS 1.4 / 1.3, IAM.4.
/// </summary>
public sealed class RootAccessKeyCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_no_root_access_key", "Root has no access keys", RiskSeverity.Critical, "1.4", "1.3", "IAM.4",
        "A root access key can do anything in the account and cannot be limited by any policy.",
        "Sign in as root, delete the root access keys under Security credentials, and use IAM roles instead.", FindingFixKind.None);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input)
    {
        var row = input.Inventory.Root?.Report;
        var active = row is null ? 0 : (row.AccessKey1.Active ? 1 : 0) + (row.AccessKey2.Active ? 1 : 0);
        var present = input.Settings.Available ? input.Settings.SummaryValue("AccountAccessKeysPresent") : null;
        var (status, detail) = (present, active) switch
        {
            (_, > 0) => (FindingStatus.Fail, $"Root has {active} active access key(s) in the credential report."),
            ( > 0, _) => (FindingStatus.Fail, "Root has an access key (inactive in the credential report): delete it."),
            (0, _) => (FindingStatus.Pass, "Root has no access key."),
            _ => (FindingStatus.Manual, row is null
                ? $"Neither the account summary ({RootFacts.SummaryError(input, "AccountAccessKeysPresent")}) nor the credential report's root row could be read; check in the console."
                : "The credential report shows no active root key, but whether an inactive one exists needs the account summary, which could not be read."),
        };
        return [CheckResults.Root(Definition.Id, input, status, detail)];
    }
}

/// <summary>Root has MFA: GetAccountSummary's AccountMFAEnabled, else the root row's mfa_active. CIS 1.5 / 1.4, IAM.9.</summary>
public sealed class RootMfaCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_root_mfa_enabled", "Root has MFA", RiskSeverity.Critical, "1.5", "1.4", "IAM.9",
        "Without MFA, the root password alone gives full control of the account.",
        "Sign in as root and assign an MFA device (preferably hardware) under Security credentials.", FindingFixKind.None);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input) =>
        [RootFacts.MfaEnabled(input) switch
        {
            true => CheckResults.Root(Definition.Id, input, FindingStatus.Pass, "Root has MFA."),
            false => CheckResults.Root(Definition.Id, input, FindingStatus.Fail, "Root has no MFA."),
            null => CheckResults.Root(Definition.Id, input, FindingStatus.Manual,
                $"Neither the account summary ({RootFacts.SummaryError(input, "AccountMFAEnabled")}) nor the credential report's root row could be read; check in the console."),
        }];
}

/// <summary>
/// Root MFA is hardware: fails without MFA, or when ListVirtualMFADevices assigns a virtual device to the root ARN;
/// passes when MFA is on and no virtual device is root's. Manual only when the MFA state or the device list is unknown.
/// CIS 1.6 / 1.5, IAM.6.
/// </summary>
public sealed class RootHardwareMfaCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_root_hardware_mfa_enabled", "Root MFA is a hardware device", RiskSeverity.Critical, "1.6", "1.5", "IAM.6",
        "A virtual MFA device lives on a phone or laptop that can be lost, copied or compromised.",
        "Replace root's virtual MFA device with a hardware key or token.", FindingFixKind.None);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input)
    {
        var root = input.Inventory.Root;
        var (status, detail) = (RootFacts.MfaEnabled(input), root) switch
        {
            (false, _) => (FindingStatus.Fail, "Root has no MFA device at all."),
            (true, { VirtualMfaSerial: { } serial }) => (FindingStatus.Fail, $"Root's MFA is the virtual device {serial}."),
            (true, not null) => (FindingStatus.Pass, "Root has MFA and no virtual MFA device is root's: it is a hardware device."),
            _ => (FindingStatus.Manual, "Root's MFA state or the virtual MFA device list is unknown; check in the console whether root's device is virtual."),
        };
        return [CheckResults.Root(Definition.Id, input, status, detail)];
    }
}

/// <summary>
/// Root not used recently: the root row's password_last_used and both keys' last used dates against
/// <see cref="FindingsOptions.RootUsageDays"/> (no_information / N/A mean never). CIS 1.7 / 1.6.
/// </summary>
public sealed class RootUsageCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_avoid_root_usage", "Root is not used for everyday work", RiskSeverity.High, "1.7", "1.6", null,
        "Every root sign-in or root key use bypasses the account's IAM controls.",
        "Use IAM roles through SSO; keep root for the few tasks only it can do.", FindingFixKind.None);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input)
    {
        if (input.Inventory.Root?.Report is not { } row)
            return [CheckResults.Root(Definition.Id, input, FindingStatus.Manual,
                "The credential report has no <root_account> row; look at root's last sign-in in the console.")];
        var uses = new (string What, DateTimeOffset? At)[]
            { ("password", row.PasswordLastUsed), ("access key 1", row.AccessKey1.LastUsed), ("access key 2", row.AccessKey2.LastUsed) };
        var recent = uses.Where(u => u.At is { } at && CheckResults.DaysSince(input.Now, at) < input.Options.RootUsageDays)
            .OrderByDescending(u => u.At).FirstOrDefault();
        if (recent.At is { } when)
            return [CheckResults.Root(Definition.Id, input, FindingStatus.Fail,
                $"Root's {recent.What} was used {when:yyyy-MM-dd HH:mm} UTC, within {input.Options.RootUsageDays} day(s).")];
        var last = uses.Where(u => u.At is not null).OrderByDescending(u => u.At).FirstOrDefault();
        return [CheckResults.Root(Definition.Id, input, FindingStatus.Pass, last.At is { } at
            ? $"Root last used ({last.What}) {at:yyyy-MM-dd}, {CheckResults.DaysSince(input.Now, at)} days ago."
            : "Root's password and keys have no recorded use.")];
    }
}

/// <summary>Root facts two checks share: the account summary first (fresher), the credential report's root row second.</summary>
internal static class RootFacts
{
    public static bool? MfaEnabled(FindingsInput input) =>
        (input.Settings.Available ? input.Settings.SummaryValue("AccountMFAEnabled") : null) is { } v ? v == 1
            : input.Inventory.Root?.Report?.MfaActive;

    public static string SummaryError(FindingsInput input, string key) => input.Settings.Error ?? key + " missing";
}
