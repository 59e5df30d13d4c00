using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Csv;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Offboarding;

public sealed class BulkUserActions(
    IIamCredentialsApi iamCredentials,
    IAuditedOperations audited,
    IQuarantineService quarantine,
    IOffboardingService offboarding,
    IInventoryService inventory) : IBulkUserActions
{
    public const int MaxConcurrency = 4;
    /// <summary>Up to this many users, each changed user's row is re-read; beyond it, the inventory is rebuilt once.</summary>
    public const int PatchLimit = 25;

    public Task<CommandResult<IReadOnlyList<BulkUserResult>>> RunAsync(BulkUserAction action, IReadOnlyList<string> userNames, string? reason = null,
        IProgress<BulkProgress>? progress = null, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(() => RunAllAsync(action, userNames, reason, progress, ct));

    private async Task<IReadOnlyList<BulkUserResult>> RunAllAsync(BulkUserAction action, IReadOnlyList<string> userNames, string? reason,
        IProgress<BulkProgress>? progress, CancellationToken ct)
    {
        var users = userNames.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        await audited.DemandAsync(Permission.ManageUsers, AuditActions.Bulk(action.ToString()), string.Join(",", users), ct);
        var results = new BulkUserResult[users.Count];
        var done = 0;
        progress?.Report(new BulkProgress(0, users.Count));
        try
        {
            await Parallel.ForEachAsync(Enumerable.Range(0, users.Count), new ParallelOptions { MaxDegreeOfParallelism = MaxConcurrency, CancellationToken = ct },
                async (i, c) =>
                {
                    results[i] = await RunOneAsync(action, users[i], reason, c);
                    // Quarantine and offboarding jobs re-read their user themselves.
                    if (action is BulkUserAction.DeactivateKeys or BulkUserAction.DisableConsole && users.Count <= PatchLimit)
                        await inventory.UserChangedAsync(users[i], CancellationToken.None);
                    progress?.Report(new BulkProgress(Interlocked.Increment(ref done), users.Count));
                });
        }
        finally
        {
            if (users.Count > PatchLimit) await inventory.InvalidateAsync(CancellationToken.None);
        }
        return results;
    }

    public string ExportCsv(BulkUserAction action, IReadOnlyList<BulkUserResult> results) =>
        CsvExport.Write(["Action", "User", "Outcome", "Message", "Job"], results,
            r => [action.ToString(), r.UserName, r.Succeeded ? "Succeeded" : "Failed", r.Message, r.JobId?.ToString()]);

    private async Task<BulkUserResult> RunOneAsync(BulkUserAction action, string user, string? reason, CancellationToken ct)
    {
        try
        {
            return action switch
            {
                BulkUserAction.DeactivateKeys => await DeactivateKeysAsync(user, ct),
                BulkUserAction.DisableConsole => await DisableConsoleAsync(user, ct),
                BulkUserAction.Quarantine => FromJob(user, await quarantine.QuarantineAsync(user, reason ?? "", ct), "Quarantined."),
                BulkUserAction.Offboard => FromJob(user, await offboarding.StartAsync(user, quarantineFirst: false, reason, ct), $"{user} is gone (confirmed)."),
                _ => throw new ArgumentOutOfRangeException(nameof(action)),
            };
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return new BulkUserResult(user, false, CommandResult.From<bool>(e).Error!);
        }
    }

    private async Task<BulkUserResult> DeactivateKeysAsync(string user, CancellationToken ct)
    {
        var active = (await iamCredentials.ListAccessKeysAsync(user, ct)).Where(k => k.Status == IamAccessKeyStatus.Active).ToList();
        foreach (var key in active)
        {
            await audited.RunAsync(Permission.ManageUsers, AuditActions.DeactivateAccessKey, user,
                AuditActions.Via(AuditActions.Bulk(nameof(BulkUserAction.DeactivateKeys)), new Dictionary<string, object?> { ["AccessKeyId"] = key.AccessKeyId }),
                c => iamCredentials.UpdateAccessKeyAsync(user, key.AccessKeyId, IamAccessKeyStatus.Inactive, c), ct);
        }
        return new BulkUserResult(user, true, active.Count == 0 ? "No active access keys."
            : $"Deactivated {active.Count} access key{(active.Count == 1 ? "" : "s")}: {string.Join(", ", active.Select(k => k.AccessKeyId))}.");
    }

    private async Task<BulkUserResult> DisableConsoleAsync(string user, CancellationToken ct)
    {
        if (await iamCredentials.GetLoginProfileAsync(user, ct) is null) return new BulkUserResult(user, true, "No console password.");
        await audited.RunAsync(Permission.ManageUsers, AuditActions.DisableConsoleAccess, user, AuditActions.Via(AuditActions.Bulk(nameof(BulkUserAction.DisableConsole))),
            c => iamCredentials.DeleteLoginProfileAsync(user, c), ct);
        return new BulkUserResult(user, true, "Console password deleted.");
    }

    private static BulkUserResult FromJob(string user, CommandResult<JobRun> result, string success)
    {
        if (result.Value?.Job is not { } job)
            return new BulkUserResult(user, false, result.Error ?? (result.Errors.Count > 0 ? string.Join(" ", result.Errors.Values) : "Nothing was started."));
        if (job.Status == JobStatus.Succeeded) return new BulkUserResult(user, true, success, job.Id);
        var failed = job.FailedStep;
        return new BulkUserResult(user, false,
            failed is null ? result.Error ?? "The job did not finish." : $"Stopped at \"{failed.Description}\": {failed.Error} Resume it from the offboarding jobs page.",
            job.Id);
    }
}
