using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Onboarding;

/// <summary>
/// The onboarding wizard's service (scoped: one per circuit). Secrets generated or returned by IAM stay in this
/// instance's memory for the credentials panel and for a retry in the same session; the journal never sees them.
/// </summary>
public sealed class OnboardingService(
    IIamUsersApi iamUsers, IIamPoliciesApi iamPolicies, IIamAccountApi iamAccount,
    IOperatorContext operatorContext,
    IAuditedOperations audited,
    IGuardrailsService guardrails,
    IInventoryService inventory,
    IAccountService accounts,
    ICurrentAccount account,
    IJobStore jobs,
    JobRunner runner,
    JobTargetGuard guard,
    OnboardingStepExecutor executor,
    OnboardingRollback rollback,
    TimeProvider time) : IOnboardingService
{
    private const string ReissueNote = "Not done on resume: the secret was only in the memory of the session that started the job. Re-issue it from the user's page.";
    private readonly Dictionary<Guid, OnboardingSecrets> _secrets = [];
    private OnboardingOptions? _options;

    public async Task<OnboardingOptions> GetOptionsAsync(CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read the onboarding options");
        var snapshotTask = inventory.GetAsync(ct);
        var policiesTask = iamPolicies.ListPoliciesAsync(PolicyScope.All, ct: ct);
        var guardrailsTask = guardrails.GetAsync(ct);
        var passwordPolicyTask = iamAccount.GetAccountPasswordPolicyAsync(ct);
        var snapshot = await snapshotTask;
        var groups = snapshot.Groups.Select(g => new GroupOption(g.Group.GroupName, g.Group.Path, g.AttachedManagedPolicies))
            .OrderBy(g => g.GroupName, StringComparer.OrdinalIgnoreCase).ToList();
        var policies = (await policiesTask).Where(p => p.IsAttachable)
            .Select(p => new PolicyOption(p.PolicyName, p.Arn, p.Description, p.IsAwsManaged))
            .OrderBy(p => p.IsAwsManaged).ThenBy(p => p.PolicyName, StringComparer.OrdinalIgnoreCase).ToList();
        var users = snapshot.Users.Select(u => new UserOption(u.UserName, u.Groups))
            .OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).ToList();
        _options = new OnboardingOptions(groups, policies, users, await guardrailsTask, await passwordPolicyTask);
        return _options;
    }

    public async Task<IReadOnlyDictionary<string, string>> ValidateAsync(OnboardingRequest request, OnboardingStep? step = null, CancellationToken ct = default)
    {
        var options = _options ?? await GetOptionsAsync(ct);
        return await ValidateCoreAsync(request, step, options, ct);
    }

    public async Task<string> GeneratePasswordAsync(CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read the password policy");
        return PasswordGenerator.Generate(await iamAccount.GetAccountPasswordPolicyAsync(ct));
    }

    public IReadOnlyList<OnboardingPlanStep> BuildPlan(OnboardingRequest request) => OnboardingPlanner.BuildPlan(request);

    public async Task<OnboardingResult> StartAsync(OnboardingRequest request, CancellationToken ct = default, IProgress<Job>? observer = null)
    {
        const string action = AuditActions.StartOnboarding;
        var op = await audited.DemandAsync(Permission.ManageUsers, action, request.UserName, ct);
        var options = await GetOptionsAsync(ct);
        var resolved = request with { Groups = OnboardingValidator.EffectiveGroups(request, FindCopySource(request, options)) };
        var errors = await ValidateCoreAsync(resolved, null, options, ct);
        if (errors.Count > 0)
        {
            await audited.RecordInvalidAsync(action, request.UserName, Parameters(resolved), string.Join(" ", errors.Values), ct);
            return OnboardingResult.Refused(errors);
        }

        var secrets = new OnboardingSecrets
        {
            Password = !resolved.ConsoleAccess ? null
                : resolved.PasswordChoice == PasswordChoice.Generated ? PasswordGenerator.Generate(options.PasswordPolicy) : resolved.CustomPassword,
        };
        var now = time.GetUtcNow();
        var steps = OnboardingPlanner.BuildPlan(resolved).Select((s, i) => new JobStep(i, s.Kind, s.Description, s.Data)).ToList();
        var jobData = Parameters(resolved).ToDictionary(p => p.Key, p => p.Value?.ToString() ?? "");
        var job = new Job(Guid.NewGuid(), OnboardingJobState.Kind, resolved.UserName, $"Onboard {resolved.UserName}", JobStatus.Pending,
            op.Name, now, now, jobData, steps, (await account.GetAsync(ct)).AccountId);
        var (lease, conflict) = await guard.ClaimAsync(OnboardingJobState.Scope, job, ct);
        if (conflict is not null) return await RefuseAsync(action, null, conflict, ct);
        using (lease)
        {
            _secrets[job.Id] = secrets;
            return await RunAsync(job, secrets, ct, observer);
        }
    }

    public async Task<OnboardingResult> RetryAsync(Guid jobId, CancellationToken ct = default)
    {
        var job = await jobs.GetAsync(jobId, ct);
        await audited.DemandAsync(Permission.ManageUsers, AuditActions.RetryOnboarding, job?.Target ?? jobId.ToString(), ct);
        if (job is null || job.Kind != OnboardingJobState.Kind) return OnboardingResult.Failed(job, "There is no such onboarding job.");
        if (!job.CanResume || job.Data.GetValueOrDefault(OnboardingJobState.RolledBackKey) == "true")
            return OnboardingResult.Failed(job, "This onboarding job has nothing left to resume.");
        var (lease, conflict) = await guard.ClaimAsync(OnboardingJobState.Scope, job, ct);
        if (conflict is not null) return await RefuseAsync(AuditActions.RetryOnboarding, job, conflict, ct);
        using var _ = lease;
        if (!_secrets.TryGetValue(jobId, out var secrets))
        {
            // Resumed by another session or after a restart: credential steps cannot be done without showing a secret.
            secrets = new OnboardingSecrets();
            _secrets[jobId] = secrets;
            job = job with
            {
                Steps = job.Steps.Select(s => s.Status != StepStatus.Succeeded && s.Kind is OnboardingStepKinds.CreateLoginProfile or OnboardingStepKinds.CreateAccessKey
                    ? s with { Status = StepStatus.Skipped, Error = ReissueNote, ErrorCode = null } : s).ToList(),
            };
        }
        return await RunAsync(job, secrets, ct, null);
    }

    public async Task<OnboardingResult> RollBackAsync(Guid jobId, CancellationToken ct = default)
    {
        var job = await jobs.GetAsync(jobId, ct);
        await audited.DemandAsync(Permission.ManageUsers, AuditActions.RollBackOnboarding, job?.Target ?? jobId.ToString(), ct);
        if (job is null || job.Kind != OnboardingJobState.Kind) return OnboardingResult.Failed(job, "There is no such onboarding job.");
        if (job.Status == JobStatus.Succeeded)
            return OnboardingResult.Failed(job, "This onboarding finished; remove the user through offboarding instead.");
        var (lease, conflict) = await guard.ClaimAsync(OnboardingJobState.Scope, job, ct);
        if (conflict is not null) return await RefuseAsync(AuditActions.RollBackOnboarding, job, conflict, ct);
        using var _ = lease;
        try
        {
            await rollback.RunAsync(job, ct);
        }
        catch (Exception e) when (e is IamException or PortalAccessDeniedException)
        {
            await inventory.UserChangedAsync(job.Target, CancellationToken.None);
            return OnboardingResult.Failed(job, "The rollback stopped: " + IamErrorMessages.Describe(e) + " Try the rollback again.");
        }
        _secrets.Remove(jobId);
        var data = new Dictionary<string, string>(job.Data) { [OnboardingJobState.RolledBackKey] = "true" };
        job = job with { Status = JobStatus.Cancelled, Data = data, UpdatedAt = time.GetUtcNow() };
        await jobs.SaveAsync(job, CancellationToken.None);
        runner.Publish(job);
        await inventory.UserChangedAsync(job.Target, CancellationToken.None);
        return new OnboardingResult(job, new Dictionary<string, string>());
    }

    public async Task<Job?> GetJobAsync(Guid jobId, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read an onboarding job");
        var job = await jobs.GetAsync(jobId, ct);
        return job?.Kind == OnboardingJobState.Kind ? job : null;
    }

    private async Task<OnboardingResult> RefuseAsync(string action, Job? job, JobConflict conflict, CancellationToken ct)
    {
        await audited.RecordInvalidAsync(action, conflict.Target, new Dictionary<string, object?> { ["ExistingJobId"] = conflict.JobId }, conflict.Message, ct);
        return OnboardingResult.Failed(job, conflict.Message) with { Conflict = conflict };
    }

    private async Task<OnboardingResult> RunAsync(Job job, OnboardingSecrets secrets, CancellationToken ct, IProgress<Job>? observer)
    {
        job = await runner.RunAsync(job, (j, step, c) => executor.ExecuteAsync(j, step, secrets, c), ct, observer);
        await inventory.UserChangedAsync(job.Target, CancellationToken.None);
        if (job.Status != JobStatus.Succeeded)
            return OnboardingResult.Failed(job, job.FailedStep is { } failed ? $"{failed.Description}: {failed.Error}" : "The onboarding did not finish.");
        _secrets.Remove(job.Id);
        var credentials = secrets.Password is null && secrets.SecretAccessKey is null ? null
            : new OnboardingCredentials(job.Target, secrets.Password, secrets.AccessKeyId, secrets.SecretAccessKey, await SignInUrlAsync(ct));
        return new OnboardingResult(job, new Dictionary<string, string>(), credentials);
    }

    private async Task<Dictionary<string, string>> ValidateCoreAsync(OnboardingRequest request, OnboardingStep? step, OnboardingOptions options, CancellationToken ct)
    {
        var existing = step is null or OnboardingStep.Details ? await ExistingUserNameAsync(request.UserName, ct) : null;
        return OnboardingValidator.Validate(request, step, options, existing);
    }

    /// <summary>
    /// The existing user's own spelling of a case-insensitive clash: the inventory, then a live GetUser for users
    /// created since it was built. Null: the name is free.
    /// </summary>
    private async Task<string?> ExistingUserNameAsync(string name, CancellationToken ct)
    {
        if (IamRules.ValidateUserName(name) is not null) return null;
        if ((await inventory.GetAsync(ct)).FindUser(name) is { } row) return row.UserName;
        try
        {
            return (await iamUsers.GetUserAsync(name, ct)).UserName;
        }
        catch (NoSuchEntityException)
        {
            return null;
        }
    }

    private static UserOption? FindCopySource(OnboardingRequest r, OnboardingOptions o) =>
        string.IsNullOrWhiteSpace(r.CopyGroupsFromUser) ? null : o.FindUser(r.CopyGroupsFromUser);

    private async Task<string> SignInUrlAsync(CancellationToken ct)
    {
        try
        {
            var account = await accounts.GetAsync(ct);
            return $"https://{account.Alias ?? account.AccountId}.signin.aws.amazon.com/console";
        }
        catch (IamException)
        {
            return "https://signin.aws.amazon.com/console";
        }
    }

    /// <summary>What the audit log and the job record about a request (never the password).</summary>
    private static Dictionary<string, object?> Parameters(OnboardingRequest r) => new()
    {
        ["UserName"] = r.UserName, ["Path"] = r.Path, ["ConsoleAccess"] = r.ConsoleAccess, ["PasswordChoice"] = r.PasswordChoice.ToString(),
        ["PasswordResetRequired"] = r.PasswordResetRequired, ["ProgrammaticAccess"] = r.ProgrammaticAccess,
        ["Groups"] = string.Join(",", r.Groups), ["CopyGroupsFromUser"] = r.CopyGroupsFromUser,
        ["ManagedPolicyArns"] = string.Join(",", r.ManagedPolicyArns), ["Justification"] = r.DirectAttachmentJustification,
        ["PermissionsBoundaryArn"] = r.PermissionsBoundaryArn, ["TagKeys"] = string.Join(",", r.Tags.Select(t => t.Key)),
    };
}
