using IamPortal.Application.Commands;
using IamPortal.Application.Findings;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Reports;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Organization;

/// <summary>
/// Reads one account's overview figures inside that account's scope: the cached inventory (never a call per user), the
/// inactive dashboard's rule (<see cref="HygieneSummaryCalculator"/>) and the findings engine, when the operator's role
/// there reads findings.
/// </summary>
public static class AccountOverviewReader
{
    /// <summary>The line for old keys: active keys older than 90 days (CIS 1.14).</summary>
    public const int KeyAgeDays = 90;

    public static async Task<(AccountFigures Figures, AccountFindings Findings)> ReadAsync(IServiceProvider account, TimeProvider time,
        CancellationToken ct)
    {
        var snapshot = await account.GetRequiredService<IInventoryService>().GetAsync(ct);
        var rules = await account.GetRequiredService<IGuardrailsService>().GetAsync(ct);
        var canReadFindings = account.GetRequiredService<IOperatorContext>().Can(Permission.ReadAudit);
        var cache = account.GetRequiredService<AccountOverviewCache>();
        var now = time.GetUtcNow();
        // Only a role that reads findings fills the cache; the figures in it serve every role, the findings only those.
        if (cache.Get(snapshot, rules.InactivityThresholdDays, now) is { } cached)
            return (cached.Figures, canReadFindings ? cached.Findings : NoFindingsForRole);
        var summary = HygieneSummaryCalculator.Compute(snapshot, now, ActivityThresholds.From(rules), KeyAgeDays);
        var figures = new AccountFigures(summary.Users, summary.ConsoleUsers, summary.ConsoleUsers - summary.ConsoleUsersWithoutMfa,
            summary.KeysOverMaxAge, summary.InactiveUsers, snapshot.BuiltAt);
        if (!canReadFindings) return (figures, NoFindingsForRole);
        var findings = await FindingsAsync(account, ct);
        cache.Set(snapshot, new AccountOverviewCache.Entry(figures, findings, rules.InactivityThresholdDays, now));
        return (figures, findings);
    }

    private static readonly AccountFindings NoFindingsForRole = new(null, "Your role in this account does not include findings.");

    private static async Task<AccountFindings> FindingsAsync(IServiceProvider account, CancellationToken ct)
    {
        try
        {
            var report = await account.GetRequiredService<IFindingsService>().GetReportAsync(ct);
            return new AccountFindings(report.Checks.GroupBy(c => c.Definition.Severity).ToDictionary(g => g.Key, g => g.Sum(c => c.Failed)));
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return new AccountFindings(null, $"Findings could not be evaluated: {IamPortal.Application.Iam.IamErrorMessages.Describe(e)}");
        }
    }
}
