using IamPortal.Application.Csv;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Organization;

/// <summary>The overview's rows as CSV (the shared <see cref="CsvExport"/>), then a totals row.</summary>
public static class OrganizationOverviewCsv
{
    public static readonly IReadOnlyList<string> Headers =
    [
        "account_name", "account_id", "users", "console_users", "console_users_with_mfa", "mfa_coverage_percent",
        "keys_over_90_days", "inactive_users", "failing_critical", "failing_high", "failing_medium", "failing_low",
        "last_refresh", "state",
    ];

    public static string Write(OrganizationOverview overview)
    {
        var totals = new AccountOverviewRow(new Accounts.PortalAccount("", "Total", null, null, Accounts.AccountSource.Portal),
            overview.Totals, new AccountFindings(AccountFindings.Severities.ToDictionary(s => s, overview.FailingTotal)), null);
        return CsvExport.Write(Headers, overview.Rows.Append(totals), r => new object?[]
        {
            r.Account.Name, r.Account.Id, r.Figures?.Users, r.Figures?.ConsoleUsers, r.Figures?.ConsoleUsersWithMfa,
            r.Figures?.MfaCoveragePercent, r.Figures?.KeysOverMaxAge, r.Figures?.InactiveUsers,
            r.Findings?.Failing(RiskSeverity.Critical), r.Findings?.Failing(RiskSeverity.High), r.Findings?.Failing(RiskSeverity.Medium),
            r.Findings?.Failing(RiskSeverity.Low), r.Figures?.LastRefresh, r.Error ?? "OK",
        });
    }
}
