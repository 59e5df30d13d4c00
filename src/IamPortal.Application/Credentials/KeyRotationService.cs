using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using IamPortal.Application.Users;

namespace IamPortal.Application.Credentials;

/// <summary>The rotation as the assistant shows it; the new secret only right after the step that created it.</summary>
public sealed record KeyRotationProgress(Job Job, IamNewAccessKey? NewKey);

/// <summary>
/// Access-key rotation as a journaled job (kind KeyRotation): CreateNewKey → WaitForFirstUse → DeactivateOldKey →
/// DeleteOldKey. Waiting steps pause the job (<see cref="JobStatus.Waiting"/>) instead of failing it, so it resumes days
/// later or after a restart. Each step's IAM change goes through the audit log; the new secret reaches the circuit through
/// <see cref="JobSecrets"/> and is never journaled.
/// </summary>
public sealed class KeyRotationService(
    IIamCredentialsApi iamCredentials,
    IOperatorContext operatorContext,
    IAuditedOperations audited,
    IInventoryService inventory,
    IJobStore jobs,
    JobRunner runner,
    JobTargetGuard guard,
    ICurrentAccount account,
    JobSecrets secrets,
    TimeProvider time) : IKeyRotationService
{
    private const string NotOpen = "This rotation is not open any more.";
    /// <summary>IAM records a key's use within minutes to hours: a waiting rotation suggests looking again after this.</summary>
    private static readonly TimeSpan CheckAgainAfter = TimeSpan.FromMinutes(15);

    public async Task<Job?> GetCurrentAsync(string userName, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("view key rotations");
        var all = await jobs.ListAsync(KeyRotationSteps.JobKind, userName, 100, ct);
        return all.Where(KeyRotationSteps.IsOpen).OrderByDescending(j => j.CreatedAt).FirstOrDefault()
               ?? all.OrderByDescending(j => j.UpdatedAt).FirstOrDefault();
    }

    public async Task<CommandResult<KeyRotationProgress>> StartAsync(string userName, CancellationToken ct = default)
    {
        const string action = AuditActions.StartKeyRotation;
        try
        {
            var op = await audited.DemandAsync(Permission.ManageUsers, action, userName, ct);
            var open = await guard.FindUnfinishedAsync(KeyRotationSteps.Scope, userName, null, ct, (await account.GetAsync(ct)).AccountId);
            var keys = await iamCredentials.ListAccessKeysAsync(userName, ct);
            var refusal = open is not null ? "A rotation of this user's key is already under way: continue it below."
                : keys.Count == 0 ? $"{userName} has no access key to rotate. Create one instead."
                : keys.Count >= IamRules.MaxAccessKeysPerUser ? $"{userName} already has two access keys. Delete the one that is not used, then rotate the other."
                : null;
            if (refusal is not null)
            {
                await audited.RecordInvalidAsync(action, userName, null, refusal, ct);
                return CommandResult.Invalid<KeyRotationProgress>(CredentialFields.Rotation, refusal);
            }
            var oldKey = keys[0].AccessKeyId;
            var job = Job.Create(KeyRotationSteps.JobKind, userName, $"Rotate the access key of {userName}", op.Name, time.GetUtcNow(),
                JobData.From(new KeyRotationData(oldKey, KeyRotationSteps.ApprovedAtStart)), KeyRotationSteps.Create(userName, oldKey),
                (await account.GetAsync(ct)).AccountId);
            return await RunAsync(job, action, ct);
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return CommandResult.From<KeyRotationProgress>(e);
        }
    }

    public Task<CommandResult<KeyRotationProgress>> CheckAsync(Guid jobId, CancellationToken ct = default) =>
        ResumeAsync(jobId, AuditActions.CheckKeyRotation, approveNext: false, ct);

    public Task<CommandResult<KeyRotationProgress>> ContinueAsync(Guid jobId, CancellationToken ct = default) =>
        ResumeAsync(jobId, AuditActions.ContinueKeyRotation, approveNext: true, ct);

    public async Task<CommandResult<KeyRotationProgress>> CancelAsync(Guid jobId, CancellationToken ct = default)
    {
        try
        {
            var job = await jobs.GetAsync(jobId, ct);
            await audited.DemandAsync(Permission.ManageUsers, AuditActions.CancelKeyRotation, job?.Target ?? jobId.ToString(), ct);
            if (job is null || !KeyRotationSteps.IsOpen(job)) return CommandResult.Failed<KeyRotationProgress>(NotOpen);
            job = await audited.RunAsync(Permission.ManageUsers, AuditActions.CancelKeyRotation, job.Target,
                new Dictionary<string, object?> { ["JobId"] = jobId }, c => runner.SaveAsync(job with { Status = JobStatus.Cancelled }, c), ct);
            secrets.Forget(jobId);
            return CommandResult.Ok(new KeyRotationProgress(job, null));
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return CommandResult.From<KeyRotationProgress>(e);
        }
    }

    private async Task<CommandResult<KeyRotationProgress>> ResumeAsync(Guid jobId, string action, bool approveNext, CancellationToken ct)
    {
        try
        {
            var job = await jobs.GetAsync(jobId, ct);
            // The role is checked (and a refusal audited) before anything else is said about the job.
            await audited.DemandAsync(Permission.ManageUsers, action, job?.Target ?? jobId.ToString(), ct);
            if (job is null || !KeyRotationSteps.IsOpen(job)) return CommandResult.Failed<KeyRotationProgress>(NotOpen);
            if (approveNext && KeyRotationSteps.Current(job) is { } next)
                job = job with { Data = JobData.From(job.Data.As<KeyRotationData>() with { ApprovedThrough = next.Index }) };
            return await RunAsync(job, action, ct);
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return CommandResult.From<KeyRotationProgress>(e);
        }
    }

    /// <summary>One run of the rotation at a time per user: a second start, check or approval meanwhile is refused.</summary>
    private async Task<CommandResult<KeyRotationProgress>> RunAsync(Job job, string action, CancellationToken ct)
    {
        var (lease, conflict) = await guard.ClaimAsync(KeyRotationSteps.Scope, job, ct);
        if (conflict is not null)
        {
            await audited.RecordInvalidAsync(action, job.Target, new Dictionary<string, object?> { ["ExistingJobId"] = conflict.JobId }, conflict.Message, ct);
            return CommandResult.Invalid<KeyRotationProgress>(CredentialFields.Rotation, conflict.Message);
        }
        using var _ = lease;
        secrets.Open(job.Id);
        var result = await runner.RunAsync(job, ExecuteAsync, ct, secrets: secrets);
        await inventory.UserChangedAsync(job.Target, CancellationToken.None);
        return CommandResult.Ok(new KeyRotationProgress(result, secrets.Take<IamNewAccessKey>(job.Id)));
    }

    private async Task<StepOutcome> ExecuteAsync(StepContext step, CancellationToken ct)
    {
        var job = step.Job;
        var data = job.Data.As<KeyRotationData>();
        if (step.Step.Index > data.ApprovedThrough)
            return StepOutcome.Waiting(step.Step.Kind == KeyRotationSteps.DeactivateOldKey
                ? "The new key is in use. When you are ready, deactivate the old key (it can be re-activated if something still needs it)."
                : "The old key is inactive. When nothing has broken, delete it for good.");
        var user = job.Target;
        var oldKey = data.OldAccessKeyId;
        var parameters = AuditActions.Via("KeyRotation", new Dictionary<string, object?> { ["JobId"] = job.Id, ["OldAccessKeyId"] = oldKey });
        switch (step.Step.Kind)
        {
            case KeyRotationSteps.CreateNewKey:
                // Done already (e.g. the journal missed the answer before a restart): the other key is the new one.
                if (await NewKeyIdAsync(job, ct) is { } existing) return StepOutcome.Done(new CreatedAccessKey(existing));
                var created = await audited.RunAsync(Permission.ManageUsers, AuditActions.CreateAccessKey, user, parameters,
                    c => iamCredentials.CreateAccessKeyAsync(user, c), ct);
                step.Secrets.Hand(job.Id, created);
                return StepOutcome.Done(new CreatedAccessKey(created.AccessKeyId));
            case KeyRotationSteps.WaitForFirstUse:
                var newKey = await NewKeyIdAsync(job, ct) ?? throw new IamException(IamErrorCodes.NoSuchEntity, "The new access key no longer exists.");
                var used = await iamCredentials.GetAccessKeyLastUsedAsync(newKey, ct);
                if (used.LastUsedDate is null)
                    return StepOutcome.Waiting(
                        $"The new key {newKey} has not been used yet. Put it in place, then check again (IAM records use within minutes to hours).",
                        time.GetUtcNow() + CheckAgainAfter);
                parameters["NewAccessKeyId"] = newKey;
                parameters["FirstUsed"] = used.LastUsedDate;
                parameters["Service"] = used.ServiceName;
                await audited.RunAsync(Permission.ManageUsers, AuditActions.KeyRotationFirstUseSeen, user, parameters, _ => Task.CompletedTask, ct);
                return StepOutcome.Done(new KeyFirstUse(newKey, used.LastUsedDate.Value, used.ServiceName));
            case KeyRotationSteps.DeactivateOldKey:
                await audited.RunAsync(Permission.ManageUsers, AuditActions.DeactivateAccessKey, user, parameters, async c =>
                {
                    try { await iamCredentials.UpdateAccessKeyAsync(user, oldKey, IamAccessKeyStatus.Inactive, c); }
                    catch (NoSuchEntityException) { /* already deleted: nothing left to deactivate */ }
                }, ct);
                return StepOutcome.Done();
            case KeyRotationSteps.DeleteOldKey:
                await audited.RunAsync(Permission.ManageUsers, AuditActions.DeleteAccessKey, user, parameters, async c =>
                {
                    try { await iamCredentials.DeleteAccessKeyAsync(user, oldKey, c); }
                    catch (NoSuchEntityException) { /* already deleted */ }
                }, ct);
                return StepOutcome.Done();
            default:
                throw new InvalidOperationException($"Unknown key rotation step {step.Step.Kind}.");
        }
    }

    /// <summary>The new key: from the journal, or (the journal missed IAM's answer) the user's key that is not the old one.</summary>
    private async Task<string?> NewKeyIdAsync(Job job, CancellationToken ct)
    {
        if (KeyRotationSteps.NewKeyId(job) is { } known) return known;
        var oldKey = job.Data.As<KeyRotationData>().OldAccessKeyId;
        var keys = await iamCredentials.ListAccessKeysAsync(job.Target, ct);
        return keys.Select(k => k.AccessKeyId).FirstOrDefault(id => id != oldKey);
    }
}
