using System.Diagnostics;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Inventory;

/// <summary>
/// Builds a snapshot with ceil(N/1000) GetAccountAuthorizationDetails pages (plus the attached AWS managed policies'
/// documents, which the AwsManagedPolicy filter returns: only those attached, so effective risk needs no call per policy), the credential report
/// (Generate until COMPLETE, then Get) and ListVirtualMFADevices: never a call per user. The caller names the account.
/// The report's root row and root's virtual MFA device, if any, are kept as <see cref="InventorySnapshot.Root"/>.
/// Each build is measured (InventoryTelemetry).
/// </summary>
public sealed class InventoryBuilder(IIamMfaApi iamMfa, IIamAccountApi iamAccount, TimeProvider time, IOptions<InventoryOptions> options,
    InventoryTelemetry? telemetry = null, Reports.ICredentialReportSink? reportSink = null)
{
    private static readonly AuthorizationDetailsFilter[] Filters =
        [AuthorizationDetailsFilter.User, AuthorizationDetailsFilter.Group, AuthorizationDetailsFilter.LocalManagedPolicy,
            AuthorizationDetailsFilter.AwsManagedPolicy];

    public Task<InventorySnapshot> BuildAsync(AccountContext account, CancellationToken ct) =>
        telemetry is null ? ReadAsync(account, ct) : telemetry.MeasureBuildAsync(account, c => ReadAsync(account, c), ct);

    private async Task<InventorySnapshot> ReadAsync(AccountContext account, CancellationToken ct)
    {
        var started = Stopwatch.GetTimestamp();
        var detailsTask = iamAccount.GetAccountAuthorizationDetailsAsync(Filters, ct);
        var reportTask = GetCredentialReportAsync(ct);
        var mfaTask = iamMfa.ListVirtualMfaDevicesAsync(MfaAssignmentStatus.Assigned, ct);
        await Task.WhenAll(detailsTask, reportTask, mfaTask);

        var details = await detailsTask;
        var report = await reportTask;
        if (reportSink is not null) await reportSink.ReportDownloadedAsync(account, report, ct);
        var parsed = CredentialReportParser.Parse(report.Csv);
        var reportRows = parsed.Where(r => !r.IsRoot)
            .GroupBy(r => r.User, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var devices = await mfaTask;
        var rootArn = RootAccountFacts.ArnOf(account.AccountId);
        var root = new RootAccountFacts(parsed.FirstOrDefault(r => r.IsRoot),
            devices.FirstOrDefault(d => string.Equals(d.UserArn, rootArn, StringComparison.Ordinal))?.SerialNumber);
        var mfaByUser = devices
            .Where(d => d.UserName is not null && !string.Equals(d.UserArn, rootArn, StringComparison.Ordinal))
            .GroupBy(d => d.UserName!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().SerialNumber, StringComparer.OrdinalIgnoreCase);

        var now = time.GetUtcNow();
        var rows = details.Users
            .Select(u => UserInventoryRowFactory.Create(
                UserInventoryFacts.FromAccountRead(u, reportRows.GetValueOrDefault(u.User.UserName), mfaByUser.GetValueOrDefault(u.User.UserName)), now))
            .OrderBy(r => r.UserName, StringComparer.OrdinalIgnoreCase)
            .ToList();

        return new InventorySnapshot(account, now, report.GeneratedTime, rows, details.Groups, details.Policies,
            Stopwatch.GetElapsedTime(started)) { Root = root };
    }

    /// <summary>
    /// Generate once, then poll with Get: once generation has started, GetCredentialReport answers ReportInProgress until
    /// it is ready, so asking Generate again would cost one more call per refresh (Generate STARTED, Generate COMPLETE,
    /// Get) than the bound allows. Only a report that is not there (expired, or never started) is generated again.
    /// </summary>
    private async Task<IamCredentialReport> GetCredentialReportAsync(CancellationToken ct)
    {
        var deadline = time.GetUtcNow() + options.Value.CredentialReportTimeout;
        var ready = await iamAccount.GenerateCredentialReportAsync(ct) == CredentialReportState.Complete;
        while (true)
        {
            if (!ready) await Task.Delay(options.Value.CredentialReportPollInterval, time, ct);
            try { return await iamAccount.GetCredentialReportAsync(ct); }
            catch (IamException e) when (e.Code is IamErrorCodes.ReportInProgress) { ready = false; }
            catch (IamException e) when (e.Code is IamErrorCodes.ReportNotPresent)
            {
                ready = await iamAccount.GenerateCredentialReportAsync(ct) == CredentialReportState.Complete;
            }
            if (time.GetUtcNow() >= deadline)
                throw new IamException(IamErrorCodes.ReportInProgress, "IAM did not finish generating the credential report in time.");
        }
    }
}
