using IamPortal.Application.Inventory;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Trends;

/// <summary>
/// The hygiene state read from the inventory alone: the user-credential checks of CIS (console MFA, unused console and
/// keys, key age, two active keys, directly attached policies) with the thresholds of <see cref="TrendOptions"/>.
/// One pass over the users, no IAM call. <see cref="FindingsTrendStateSource"/> adds the findings engine's verdicts to these numbers.
/// </summary>
public sealed class InventoryTrendStateSource(TimeProvider time, IOptions<TrendOptions> options) : ITrendStateSource
{
    public const string ConsoleMfa = "iam_user_mfa_enabled_console_access";
    public const string ConsoleUnused = "iam_user_console_access_unused";
    public const string KeyUnused = "iam_user_accesskey_unused";
    public const string KeyRotation = "iam_rotate_access_key_90_days";
    public const string TwoActiveKeys = "iam_user_two_active_access_key";
    public const string DirectPolicies = "iam_policy_attached_only_to_group_or_roles";

    public Task<TrendState> ReadAsync(InventorySnapshot inventory, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var o = options.Value;
        var inactiveBefore = now.AddDays(-o.InactivityDays);
        var rotatedBefore = now.AddDays(-o.AccessKeyMaxAgeDays);
        var findings = new List<TrendFinding>();
        int console = 0, consoleMfa = 0, keysOverAge = 0, inactive = 0;
        foreach (var u in inventory.Users)
        {
            var resource = "user/" + u.UserName;
            TrendFinding F(string check, string severity, bool fails, string? suffix = null) =>
                new(check, suffix is null ? resource : resource + "/" + suffix, u.UserName, severity, fails ? TrendFindingStatus.Fail : TrendFindingStatus.Pass);

            if (u.PasswordEnabled)
            {
                console++;
                if (u.MfaActive) consoleMfa++;
                findings.Add(F(ConsoleMfa, "High", !u.MfaActive));
                var since = u.PasswordLastUsed ?? Latest(u.PasswordLastChanged, u.CreateDate);
                findings.Add(F(ConsoleUnused, "Medium", since < inactiveBefore));
            }
            var active = 0;
            foreach (var (slot, name) in new[] { (u.AccessKey1, "key1"), (u.AccessKey2, "key2") })
            {
                if (slot is not { Active: true }) continue;
                active++;
                var rotated = slot.LastRotated ?? u.CreateDate;
                var overAge = rotated < rotatedBefore;
                if (overAge) keysOverAge++;
                findings.Add(F(KeyRotation, "Medium", overAge, name));
                findings.Add(F(KeyUnused, "Medium", (slot.LastUsed ?? rotated) < inactiveBefore, name));
            }
            if (active > 0 || u.AccessKey1 is not null || u.AccessKey2 is not null) findings.Add(F(TwoActiveKeys, "Medium", active == 2));
            findings.Add(F(DirectPolicies, "Low", u.AttachedPolicies.Count > 0 || u.InlinePolicyCount > 0));
            var lastSign = u.LastActivity ?? Latest(u.PasswordLastChanged, u.CreateDate);
            if (lastSign < inactiveBefore) inactive++;
        }
        var failing = findings.Where(f => f.IsOpen).ToList();
        var summary = new TrendSummary(
            inventory.Users.Count, console, consoleMfa,
            console == 0 ? 100 : Math.Round(100.0 * consoleMfa / console, 2),
            keysOverAge, inactive,
            failing.GroupBy(f => f.Severity).ToDictionary(g => g.Key, g => g.Count()),
            failing.GroupBy(f => f.CheckId).ToDictionary(g => g.Key, g => g.Count()));
        return Task.FromResult(new TrendState(summary, findings));
    }

    private static DateTimeOffset Latest(DateTimeOffset? a, DateTimeOffset b) => a is { } x && x > b ? x : b;
}
