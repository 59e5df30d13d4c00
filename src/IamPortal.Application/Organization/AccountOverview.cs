using IamPortal.Application.Accounts;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Organization;

/// <summary>
/// One account's hygiene figures from its cached inventory: users, MFA coverage of console users, active keys older
/// than the guardrails' maximum age, inactive users (the inactive dashboard's rule) and when the inventory was built.
/// </summary>
public sealed record AccountFigures(int Users, int ConsoleUsers, int ConsoleUsersWithMfa, int KeysOverMaxAge, int InactiveUsers,
    DateTimeOffset? LastRefresh)
{
    public static AccountFigures Zero { get; } = new(0, 0, 0, 0, 0, null);

    /// <summary>Console users with MFA out of console users; 100 when there are none.</summary>
    public double MfaCoveragePercent => ConsoleUsers == 0 ? 100 : Math.Round(100.0 * ConsoleUsersWithMfa / ConsoleUsers, 1);

    public AccountFigures Plus(AccountFigures other) => new(Users + other.Users, ConsoleUsers + other.ConsoleUsers,
        ConsoleUsersWithMfa + other.ConsoleUsersWithMfa, KeysOverMaxAge + other.KeysOverMaxAge, InactiveUsers + other.InactiveUsers,
        Latest(LastRefresh, other.LastRefresh));

    private static DateTimeOffset? Latest(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}

/// <summary>
/// Failing findings (failing resources, accepted ones not counted) per severity; <see cref="Note"/> says why they are
/// missing (the operator's role there does not read findings, or the findings could not be evaluated).
/// </summary>
public sealed record AccountFindings(IReadOnlyDictionary<RiskSeverity, int>? FailingBySeverity, string? Note = null)
{
    public static IReadOnlyList<RiskSeverity> Severities { get; } = [RiskSeverity.Critical, RiskSeverity.High, RiskSeverity.Medium, RiskSeverity.Low];

    public int? Failing(RiskSeverity severity) => FailingBySeverity?.GetValueOrDefault(severity);

    public int? Total => FailingBySeverity?.Values.Sum();
}

/// <summary>One row of the overview: the account, its figures and findings, or the error that kept them out (plain words).</summary>
public sealed record AccountOverviewRow(PortalAccount Account, AccountFigures? Figures, AccountFindings? Findings, string? Error)
{
    public bool IsOk => Error is null;
}

/// <summary>The overview: a row per account the operator can read, and the totals over the accounts that answered.</summary>
public sealed record OrganizationOverview(IReadOnlyList<AccountOverviewRow> Rows, DateTimeOffset BuiltAt)
{
    public AccountFigures Totals => Rows.Where(r => r.Figures is not null).Aggregate(AccountFigures.Zero, (sum, r) => sum.Plus(r.Figures!));

    public int FailingTotal(RiskSeverity severity) => Rows.Sum(r => r.Findings?.Failing(severity) ?? 0);

    public int FailedAccounts => Rows.Count(r => !r.IsOk);
}

public enum RefreshState { Pending, Done, Failed }

/// <summary>One account's progress in a refresh of every account: pending, done, or failed with the reason.</summary>
public sealed record AccountRefreshProgress(PortalAccount Account, RefreshState State, string? Error, TimeSpan? Elapsed);
