using System.Text;
using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Reports;

public sealed class CredentialReportService(
    IOperatorContext operatorContext,
    IAuditedOperations audited,
    IIamAccountApi iam,
    ICurrentAccount currentAccount,
    ICredentialReportArchive archive,
    IInventoryService inventory,
    TimeProvider time) : ICredentialReportService
{
    public async Task<CommandResult<CredentialReportProgress>> StartAsync(CancellationToken ct = default)
    {
        try
        {
            var account = await currentAccount.GetAsync(ct);
            var state = await audited.RunAsync(Permission.ReadAudit, AuditActions.GenerateCredentialReport, account.AccountId, null,
                c => iam.GenerateCredentialReportAsync(c), ct);
            return state == CredentialReportState.Complete ? await PollAsync(ct) : CommandResult.Ok(new CredentialReportProgress(state, null));
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return CommandResult.From<CredentialReportProgress>(e);
        }
    }

    public Task<CommandResult<CredentialReportProgress>> PollAsync(CancellationToken ct = default) => CommandResult.CaptureAsync(async () =>
    {
        operatorContext.Ensure(Permission.ReadAudit, "generate the credential report");
        var account = await currentAccount.GetAsync(ct);
        var state = await iam.GenerateCredentialReportAsync(ct);
        if (state != CredentialReportState.Complete) return new CredentialReportProgress(state, null);
        try
        {
            var report = await iam.GetCredentialReportAsync(ct);
            return new CredentialReportProgress(state, await archive.SaveAsync(account.AccountId, report, ct));
        }
        catch (IamException e) when (e.Code is IamErrorCodes.ReportInProgress or IamErrorCodes.ReportNotPresent)
        {
            return new CredentialReportProgress(CredentialReportState.InProgress, null);
        }
    });

    public Task<CommandResult<IReadOnlyList<StoredCredentialReport>>> HistoryAsync(CancellationToken ct = default) => CommandResult.CaptureAsync(async () =>
    {
        operatorContext.Ensure(Permission.ReadAudit, "read the credential report history");
        var account = await currentAccount.GetAsync(ct);
        return await archive.ListAsync(account.AccountId, ct: ct);
    });

    public Task<CommandResult<CredentialReportView?>> LatestAsync(CancellationToken ct = default) => CommandResult.CaptureAsync(async () =>
    {
        operatorContext.Ensure(Permission.ReadAudit, "read the credential report");
        var account = await currentAccount.GetAsync(ct);
        var latest = await archive.LatestAsync(account.AccountId, ct);
        return latest is null ? null
            : new CredentialReportView(latest.Report, CredentialReportTable.Parse(latest.Csv), new CredentialReportFreshness(latest.Report.GeneratedAt, time.GetUtcNow()));
    });

    public async Task<CommandResult<CredentialReportDownload>> DownloadAsync(Guid id, CancellationToken ct = default)
    {
        try
        {
            var account = await currentAccount.GetAsync(ct);
            await audited.DemandAsync(Permission.ReadAudit, AuditActions.DownloadCredentialReport, id.ToString(), ct);
            var content = await archive.GetAsync(account.AccountId, id, ct);
            if (content is null) return CommandResult.Failed<CredentialReportDownload>("That credential report is not in the archive.");
            var parameters = new Dictionary<string, object?>
            {
                ["generatedAt"] = content.Report.GeneratedAt, ["sha256"] = content.Report.Sha256, ["accountId"] = account.AccountId,
            };
            return await audited.RunAsync(Permission.ReadAudit, AuditActions.DownloadCredentialReport, id.ToString(), parameters,
                _ => Task.FromResult(CommandResult.Ok(new CredentialReportDownload(FileName(account.AccountId, content.Report.GeneratedAt),
                    Encoding.UTF8.GetBytes(content.Csv), content.Report.Sha256))), ct);
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return CommandResult.From<CredentialReportDownload>(e);
        }
    }

    public async Task<CredentialReportFreshness> FreshnessAsync(CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        try
        {
            return new CredentialReportFreshness((await inventory.GetAsync(ct)).CredentialReportGeneratedAt, now);
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return new CredentialReportFreshness(null, now);
        }
    }

    public static string FileName(string accountId, DateTimeOffset generatedAt) =>
        $"credential-report-{accountId}-{generatedAt.UtcDateTime:yyyyMMdd'T'HHmmss'Z'}.csv";
}
