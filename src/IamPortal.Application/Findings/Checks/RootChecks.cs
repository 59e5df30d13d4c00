using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Findings.Checks;

/// <summary>Root has no access key (GetAccountSummary AccountAccessKeysPresent). CIS 1.4 / 1.3, IAM.4.</summary>
public sealed class RootAccessKeyCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_no_root_access_key", "Root has no access keys", RiskSeverity.Critical, "1.4", "1.3", "IAM.4",
        "A root access key can do anything in the account and cannot be limited by any policy.",
        "Sign in as root, delete the root access keys under Security credentials, and use IAM roles instead.", FindingFixKind.None);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input) =>
        [RootSummaryCheck.Judge(Definition.Id, input, "AccountAccessKeysPresent", present => present == 0,
            "Root has no access key.", "Root has an access key.")];
}

/// <summary>Root has MFA (AccountMFAEnabled). CIS 1.5 / 1.4, IAM.9.</summary>
public sealed class RootMfaCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_root_mfa_enabled", "Root has MFA", RiskSeverity.Critical, "1.5", "1.4", "IAM.9",
        "Without MFA, the root password alone gives full control of the account.",
        "Sign in as root and assign an MFA device (preferably hardware) under Security credentials.", FindingFixKind.None);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input) =>
        [RootSummaryCheck.Judge(Definition.Id, input, "AccountMFAEnabled", enabled => enabled == 1,
            "Root has MFA.", "Root has no MFA.")];
}

/// <summary>
/// Root MFA is hardware. Fails when root has no MFA at all; otherwise Manual: telling a virtual root device from a hardware
/// one needs ListVirtualMFADevices' root serial, which the inventory does not keep. CIS 1.6 / 1.5, IAM.6.
/// </summary>
public sealed class RootHardwareMfaCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_root_hardware_mfa_enabled", "Root MFA is a hardware device", RiskSeverity.Critical, "1.6", "1.5", "IAM.6",
        "A virtual MFA device lives on a phone or laptop that can be lost, copied or compromised.",
        "Replace root's virtual MFA device with a hardware key or token.", FindingFixKind.None);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input)
    {
        var enabled = input.Settings.SummaryValue("AccountMFAEnabled");
        if (input.Settings.Available && enabled == 0)
            return [CheckResults.Root(Definition.Id, input, FindingStatus.Fail, "Root has no MFA device at all.")];
        return [CheckResults.Root(Definition.Id, input, FindingStatus.Manual,
            "Check in the console whether root's MFA device is virtual (its serial ends in ':mfa/root-account-mfa-device').")];
    }
}

/// <summary>
/// Root used recently. The root row of the credential report is not part of the inventory, so this is a manual check
/// pointing at the report's <c>&lt;root_account&gt;</c> row. CIS 1.7 / 1.6.
/// </summary>
public sealed class RootUsageCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_avoid_root_usage", "Root is not used for everyday work", RiskSeverity.High, "1.7", "1.6", null,
        "Every root sign-in or root key use bypasses the account's IAM controls.",
        "Use IAM roles through SSO; keep root for the few tasks only it can do.", FindingFixKind.None);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input) =>
        [CheckResults.Root(Definition.Id, input, FindingStatus.Manual,
            "Look at the <root_account> row of the credential report: password_last_used and access_key_N_last_used_date should be older than a day.")];
}

internal static class RootSummaryCheck
{
    public static FindingResult Judge(string checkId, FindingsInput input, string key, Func<long, bool> passes, string passText, string failText)
    {
        var value = input.Settings.SummaryValue(key);
        if (!input.Settings.Available || value is null)
            return CheckResults.Root(checkId, input, FindingStatus.Manual,
                $"The account summary could not be read ({input.Settings.Error ?? key + " missing"}); check in the console.");
        return passes(value.Value)
            ? CheckResults.Root(checkId, input, FindingStatus.Pass, passText)
            : CheckResults.Root(checkId, input, FindingStatus.Fail, failText);
    }
}
