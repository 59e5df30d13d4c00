using IamPortal.Application.Accounts;
using IamPortal.Application.Findings;
using IamPortal.Application.Findings.Checks;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Tests.Fakes;
using IamPortal.Application.Tests.Policies.Effective;

namespace IamPortal.Application.Tests.Findings;

/// <summary>Hand-made inputs for the checks: users, groups, policies, settings at <see cref="Sample.Now"/>.</summary>
internal static class FindingsSample
{
    public static readonly DateTimeOffset Now = Sample.Now;
    public const string AdminArn = "arn:aws:iam::aws:policy/AdministratorAccess";

    public static UserInventoryRow User(string name) => Sample.Row(name) with { CreateDate = Now.AddDays(-400) };

    public static AccessKeySlot Key(int rotatedDaysAgo, int? usedDaysAgo) =>
        new(true, Now.AddDays(-rotatedDaysAgo), usedDaysAgo is { } u ? Now.AddDays(-u) : null, null, null);

    public static IamGroupDetail Group(string name, params string[] policyArns) =>
        new(new IamGroup(name, "AGPA" + name, $"arn:aws:iam::123456789012:group/{name}", "/", Now.AddDays(-300)),
            [.. policyArns.Select(a => new IamAttachedPolicy(a.Split('/').Last(), a))], []);

    public static IamPolicyWithVersions Policy(string arn, string document, int attachments = 1) =>
        new(new IamManagedPolicy(arn.Split('/').Last(), "ANPA" + arn.Split('/').Last(), arn, "/", "v1", attachments, 0, true, null, Now.AddDays(-200), Now.AddDays(-200)),
            [new IamPolicyVersion("v1", true, Now.AddDays(-200), document)]);

    public static AccountSettings Settings(IamPasswordPolicy? policy = null, long mfa = 1, long rootKeys = 0) =>
        new(policy, new Dictionary<string, long> { ["AccountMFAEnabled"] = mfa, ["AccountAccessKeysPresent"] = rootKeys }, Now);

    public static FindingsInput Input(IEnumerable<UserInventoryRow>? users = null, IEnumerable<IamGroupDetail>? groups = null,
        IEnumerable<IamPolicyWithVersions>? policies = null, AccountSettings? settings = null, RootAccountFacts? root = null) =>
        new(new InventorySnapshot(new AccountContext(FakeAccounts.AccountId, "test"), Now, Now.AddHours(-1),
                [.. users ?? []], [.. groups ?? []], [.. policies ?? []], TimeSpan.Zero) { Root = root },
            settings ?? Settings(), new FindingsOptions(), Now, new ActionRiskAnalyzer());

    /// <summary>The credential report's root row: MFA on, no key, password last used <paramref name="passwordUsedDaysAgo"/> days ago.</summary>
    public static CredentialReportRow RootRow(bool mfa = true, int? passwordUsedDaysAgo = 37, AccessKeySlot? key1 = null) =>
        new(CredentialReportRow.RootUser, "arn:aws:iam::123456789012:root", Now.AddDays(-2000), false,
            passwordUsedDaysAgo is { } d ? Now.AddDays(-d) : null, null, null, mfa,
            key1 ?? new AccessKeySlot(false, null, null, null, null), new AccessKeySlot(false, null, null, null, null), false, false);

    /// <summary>The status per resource name.</summary>
    public static Dictionary<string, FindingStatus> Statuses(this ICheck check, FindingsInput input) =>
        check.Evaluate(input).ToDictionary(r => r.ResourceName, r => r.Status);
}
