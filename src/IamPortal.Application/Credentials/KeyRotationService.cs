using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Credentials;

/// <summary>The rotation as the assistant shows it; the new secret only right after the step that created it.</summary>
public sealed record KeyRotationProgress(Job Job, IamNewAccessKey? NewKey);

/// <summary>
/// Access-key rotation as a journaled job (kind KeyRotation): CreateNewKey → WaitForFirstUse → DeactivateOldKey →
/// DeleteOldKey. Waiting steps pause the job (status Pending) instead of failing it, so it resumes days later or after a
/// restart. Each step's IAM change goes through the audit log; the new secret is never journaled.
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
    TimeProvider time) : IKeyRotationService
{
    private const string NotOpen = "This rotation is not open any more.";
    private IamNewAccessKey? _created;
    private string? _waiting;

    public async Task<Job?> GetCurrentAsync(string userName, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("view key rotations");
        var all = await jobs.ListAsync(KeyRotationSteps.JobKind, userName, 100, ct);
        return all.Where(KeyRotationSteps.IsOpen).OrderByDescending(j => j.CreatedAt).FirstOrDefault()
               ?? all.OrderByDescending(j => j.UpdatedAt).FirstOrDefault();
    }

    public async Task<CredentialResult<KeyRotationProgress>> StartAsync(string userName, CancellationToken ct = default)
    {
        const string action = AuditActions.StartKeyRotation;
        try
        {
            var op = await audited.DemandAsync(Permission.ManageUsers, action, userName, ct);
            var open = await guard.FindUnfinishedAsync(KeyRotationSteps.Scope, userName, null, ct);
            var keys = await iamCredentials.ListAccessKeysAsync(userName, ct);
            var refusal = open is not null ? "A rotation of this user's key is already under way: continue it below."
                : keys.Count == 0 ? $"{userName} has no access key to rotate. Create one instead."
                : keys.Count >= IamRules.MaxAccessKeysPerUser ? $"{userName} already has two access keys. Delete the one that is not used, then rotate the other."
                : null;
            if (refusal is not null)
            {
                await audited.RecordInvalidAsync(action, userName, null, refusal, ct);
                return CredentialResult.Invalid<KeyRotationProgress>(CredentialFields.Rotation, refusal);
            }
            var oldKey = keys[0].AccessKeyId;
            var now = time.GetUtcNow();
            var job = new Job(Guid.NewGuid(), KeyRotationSteps.JobKind, userName, $"Rotate the access key of {userName}", JobStatus.Pending,
                op.Name, now, now,
                new Dictionary<string, string> { [KeyRotationSteps.OldKeyData] = oldKey, [KeyRotationSteps.ApprovedThroughData] = "1" },
                KeyRotationSteps.Create(oldKey), (await account.GetAsync(ct)).AccountId);
            return await RunAsync(job, action, ct);
        }
        catch (Exception e) when (e is IamException or PortalAccessDeniedException)
        {
            return CredentialResult.Failed<KeyRotationProgress>(IamErrorMessages.Describe(e));
        }
    }

    public Task<CredentialResult<KeyRotationProgress>> CheckAsync(Guid jobId, CancellationToken ct = default) =>
        ResumeAsync(jobId, AuditActions.CheckKeyRotation, approveNext: false, ct);

    public Task<CredentialResult<KeyRotationProgress>> ContinueAsync(Guid jobId, CancellationToken ct = default) =>
        ResumeAsync(jobId, AuditActions.ContinueKeyRotation, approveNext: true, ct);

    public async Task<CredentialResult<KeyRotationProgress>> CancelAsync(Guid jobId, CancellationToken ct = default)
    {
        try
        {
            var job = await jobs.GetAsync(jobId, ct);
            await audited.DemandAsync(Permission.ManageUsers, AuditActions.CancelKeyRotation, job?.Target ?? jobId.ToString(), ct);
            if (job is null || !KeyRotationSteps.IsOpen(job)) return CredentialResult.Failed<KeyRotationProgress>(NotOpen);
            job = await audited.RunAsync(Permission.ManageUsers, AuditActions.CancelKeyRotation, job.Target,
                new Dictionary<string, object?> { ["JobId"] = jobId }, async c =>
                {
                    var cancelled = job with { Status = JobStatus.Cancelled, UpdatedAt = time.GetUtcNow() };
                    await jobs.SaveAsync(cancelled, c);
                    runner.Publish(cancelled);
                    return cancelled;
                }, ct);
            return CredentialResult.Ok(new KeyRotationProgress(job, null));
        }
        catch (Exception e) when (e is IamException or PortalAccessDeniedException)
        {
            return CredentialResult.Failed<KeyRotationProgress>(IamErrorMessages.Describe(e));
        }
    }

    private async Task<CredentialResult<KeyRotationProgress>> ResumeAsync(Guid jobId, string action, bool approveNext, CancellationToken ct)
    {
        try
        {
            var job = await jobs.GetAsync(jobId, ct);
            // The role is checked (and a refusal audited) before anything else is said about the job.
            await audited.DemandAsync(Permission.ManageUsers, action, job?.Target ?? jobId.ToString(), ct);
            if (job is null || !KeyRotationSteps.IsOpen(job)) return CredentialResult.Failed<KeyRotationProgress>(NotOpen);
            if (approveNext && KeyRotationSteps.Current(job) is { } next)
                job = job with { Data = new Dictionary<string, string>(job.Data) { [KeyRotationSteps.ApprovedThroughData] = next.Index.ToString() } };
            return await RunAsync(job, action, ct);
        }
        catch (Exception e) when (e is IamException or PortalAccessDeniedException)
        {
            return CredentialResult.Failed<KeyRotationProgress>(IamErrorMessages.Describe(e));
        }
    }

    /// <summary>One run of the rotation at a time per user: a second start, check or approval meanwhile is refused.</summary>
    private async Task<CredentialResult<KeyRotationProgress>> RunAsync(Job job, string action, CancellationToken ct)
    {
        var (lease, conflict) = await guard.ClaimAsync(KeyRotationSteps.Scope, job, ct);
        if (conflict is not null)
        {
            await audited.RecordInvalidAsync(action, job.Target, new Dictionary<string, object?> { ["ExistingJobId"] = conflict.JobId }, conflict.Message, ct);
            return CredentialResult.Invalid<KeyRotationProgress>(CredentialFields.Rotation, conflict.Message);
        }
        using var _ = lease;
        (_created, _waiting) = (null, null);
        var result = await runner.RunAsync(job, ExecuteAsync, ct);
        await inventory.UserChangedAsync(job.Target, CancellationToken.None);
        result = await RecordOutcomeAsync(result, ct);
        var created = _created;
        _created = null;
        return CredentialResult.Ok(new KeyRotationProgress(result, created));
    }

    /// <summary>Keeps the new key's ID in the journal, and turns a waiting step into a pause rather than a failure.</summary>
    private async Task<Job> RecordOutcomeAsync(Job job, CancellationToken ct)
    {
        var changed = false;
        if (_created is { } created && !job.Data.ContainsKey(KeyRotationSteps.NewKeyData))
        {
            job = job with { Data = new Dictionary<string, string>(job.Data) { [KeyRotationSteps.NewKeyData] = created.AccessKeyId } };
            changed = true;
        }
        if (job.FailedStep is { ErrorCode: nameof(KeyRotationWaitingException) } waiting)
        {
            var paused = waiting with { Status = StepStatus.Pending, ErrorCode = KeyRotationSteps.WaitingCode, Error = _waiting ?? waiting.Error };
            job = job with { Status = JobStatus.Pending, Steps = job.Steps.Select(s => s.Index == paused.Index ? paused : s).ToList() };
            changed = true;
        }
        if (!changed) return job;
        job = job with { UpdatedAt = time.GetUtcNow() };
        await jobs.SaveAsync(job, ct);
        runner.Publish(job);
        return job;
    }

    private async Task ExecuteAsync(Job job, JobStep step, CancellationToken ct)
    {
        if (step.Index > int.Parse(job.Data.GetValueOrDefault(KeyRotationSteps.ApprovedThroughData, "1")))
            throw Wait(step.Kind == KeyRotationSteps.DeactivateOldKey
                ? "The new key is in use. When you are ready, deactivate the old key (it can be re-activated if something still needs it)."
                : "The old key is inactive. When nothing has broken, delete it for good.");
        var user = job.Target;
        var oldKey = job.Data[KeyRotationSteps.OldKeyData];
        var parameters = AuditActions.Via("KeyRotation", new Dictionary<string, object?> { ["JobId"] = job.Id, ["OldAccessKeyId"] = oldKey });
        switch (step.Kind)
        {
            case KeyRotationSteps.CreateNewKey:
                // Done already (e.g. the journal missed the answer before a restart): the other key is the new one.
                if (await NewKeyIdAsync(job, ct) is not null) return;
                _created = await audited.RunAsync(Permission.ManageUsers, AuditActions.CreateAccessKey, user, parameters,
                    c => iamCredentials.CreateAccessKeyAsync(user, c), ct);
                return;
            case KeyRotationSteps.WaitForFirstUse:
                var newKey = await NewKeyIdAsync(job, ct) ?? throw new IamException(IamErrorCodes.NoSuchEntity, "The new access key no longer exists.");
                var used = await iamCredentials.GetAccessKeyLastUsedAsync(newKey, ct);
                if (used.LastUsedDate is null)
                    throw Wait($"The new key {newKey} has not been used yet. Put it in place, then check again (IAM records use within minutes to hours).");
                parameters["NewAccessKeyId"] = newKey;
                parameters["FirstUsed"] = used.LastUsedDate;
                parameters["Service"] = used.ServiceName;
                await audited.RunAsync(Permission.ManageUsers, AuditActions.KeyRotationFirstUseSeen, user, parameters, _ => Task.CompletedTask, ct);
                return;
            case KeyRotationSteps.DeactivateOldKey:
                await audited.RunAsync(Permission.ManageUsers, AuditActions.DeactivateAccessKey, user, parameters, async c =>
                {
                    try { await iamCredentials.UpdateAccessKeyAsync(user, oldKey, IamAccessKeyStatus.Inactive, c); }
                    catch (NoSuchEntityException) { /* already deleted: nothing left to deactivate */ }
                }, ct);
                return;
            case KeyRotationSteps.DeleteOldKey:
                await audited.RunAsync(Permission.ManageUsers, AuditActions.DeleteAccessKey, user, parameters, async c =>
                {
                    try { await iamCredentials.DeleteAccessKeyAsync(user, oldKey, c); }
                    catch (NoSuchEntityException) { /* already deleted */ }
                }, ct);
                return;
            default:
                throw new InvalidOperationException($"Unknown key rotation step {step.Kind}.");
        }
    }

    private KeyRotationWaitingException Wait(string message)
    {
        _waiting = message;
        return new KeyRotationWaitingException(message);
    }

    /// <summary>The new key: from the journal, from this session, or (after a restart) the user's key that is not the old one.</summary>
    private async Task<string?> NewKeyIdAsync(Job job, CancellationToken ct)
    {
        if (job.Data.TryGetValue(KeyRotationSteps.NewKeyData, out var known)) return known;
        if (_created is { } created) return created.AccessKeyId;
        var keys = await iamCredentials.ListAccessKeysAsync(job.Target, ct);
        return keys.Select(k => k.AccessKeyId).FirstOrDefault(id => id != job.Data[KeyRotationSteps.OldKeyData]);
    }
}
