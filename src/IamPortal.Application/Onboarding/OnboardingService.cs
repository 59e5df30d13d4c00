using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Onboarding;

/// <summary>
/// The onboarding wizard's service (scoped: one per circuit). Secrets generated or returned by IAM stay in the circuit's
/// <see cref="JobSecrets"/> for the credentials panel and for a retry in the same session; the journal never sees them.
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
    JobSecrets secrets,
    TimeProvider time) : IOnboardingService
{
    private const string ReissueNote = "Not done on resume: the secret was only in the memory of the session that started the job. Re-issue it from the user's page.";
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

    public async Task<CommandResult<OnboardingRun>> StartAsync(OnboardingRequest request, CancellationToken ct = default, IProgress<Job>? observer = null)
    {
        const string action = AuditActions.StartOnboarding;
        var op = await audited.DemandAsync(Permission.ManageUsers, action, request.UserName, ct);
        var options = await GetOptionsAsync(ct);
        var resolved = request with { Groups = OnboardingValidator.EffectiveGroups(request, FindCopySource(request, options)) };
        var errors = await ValidateCoreAsync(resolved, null, options, ct);
        if (errors.Count > 0)
        {
            await audited.RecordInvalidAsync(action, request.UserName, OnboardingJobData.Of(resolved).ToParameters(), string.Join(" ", errors.Values), ct);
            return CommandResult.Invalid<OnboardingRun>(errors);
        }

        var job = Job.Create(OnboardingJobState.Kind, resolved.UserName, $"Onboard {resolved.UserName}", op.Name, time.GetUtcNow(),
            JobData.From(OnboardingJobData.Of(resolved)), OnboardingPlanner.BuildPlan(resolved).Select(s => (s.Kind, s.Description, s.Input)),
            (await account.GetAsync(ct)).AccountId);
        var (lease, conflict) = await guard.ClaimAsync(OnboardingJobState.Scope, job, ct);
        if (conflict is not null) return await RefuseAsync(action, null, conflict, ct);
        using (lease)
        {
            secrets.Open(job.Id);
            var password = !resolved.ConsoleAccess ? null
                : resolved.PasswordChoice == PasswordChoice.Generated ? PasswordGenerator.Generate(options.PasswordPolicy) : resolved.CustomPassword;
            if (password is not null) secrets.Hand(job.Id, new InitialPassword(password));
            return await RunAsync(job, ct, observer);
        }
    }

    public async Task<CommandResult<OnboardingRun>> RetryAsync(Guid jobId, CancellationToken ct = default)
    {
        var job = await jobs.GetAsync(jobId, ct);
        await audited.DemandAsync(Permission.ManageUsers, AuditActions.RetryOnboarding, job?.Target ?? jobId.ToString(), ct);
        if (job is null || job.Kind != OnboardingJobState.Kind) return CommandResult.Failed<OnboardingRun>("There is no such onboarding job.");
        if (!job.CanResume) return CommandResult.Failed("This onboarding job has nothing left to resume.", new OnboardingRun(job));
        var (lease, conflict) = await guard.ClaimAsync(OnboardingJobState.Scope, job, ct);
        if (conflict is not null) return await RefuseAsync(AuditActions.RetryOnboarding, job, conflict, ct);
        using var _ = lease;
        if (!secrets.IsOpen(jobId))
        {
            // Resumed by another session or after a restart: credential steps cannot be done without showing a secret.
            secrets.Open(jobId);
            job = job with
            {
                Steps = job.Steps.Select(s => s.Status != StepStatus.Succeeded && s.Kind is OnboardingStepKinds.CreateLoginProfile or OnboardingStepKinds.CreateAccessKey
                    ? s with { Status = StepStatus.Skipped, Error = ReissueNote, ErrorCode = null } : s).ToList(),
            };
        }
        return await RunAsync(job, ct, null);
    }

    public async Task<CommandResult<OnboardingRun>> RollBackAsync(Guid jobId, CancellationToken ct = default)
    {
        var job = await jobs.GetAsync(jobId, ct);
        await audited.DemandAsync(Permission.ManageUsers, AuditActions.RollBackOnboarding, job?.Target ?? jobId.ToString(), ct);
        if (job is null || job.Kind != OnboardingJobState.Kind) return CommandResult.Failed<OnboardingRun>("There is no such onboarding job.");
        if (job.Status == JobStatus.Succeeded)
            return CommandResult.Failed("This onboarding finished; remove the user through offboarding instead.", new OnboardingRun(job));
        var (lease, conflict) = await guard.ClaimAsync(OnboardingJobState.Scope, job, ct);
        if (conflict is not null) return await RefuseAsync(AuditActions.RollBackOnboarding, job, conflict, ct);
        using var _ = lease;
        try
        {
            await rollback.RunAsync(job, ct);
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            await inventory.UserChangedAsync(job.Target, CancellationToken.None);
            return CommandResult.Failed("The rollback stopped: " + CommandResult.From<bool>(e).Error + " Try the rollback again.", new OnboardingRun(job));
        }
        secrets.Forget(jobId);
        job = await runner.SaveAsync(job with { Status = JobStatus.Cancelled }, CancellationToken.None);
        await inventory.UserChangedAsync(job.Target, CancellationToken.None);
        return CommandResult.Ok(new OnboardingRun(job));
    }

    public async Task<Job?> GetJobAsync(Guid jobId, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read an onboarding job");
        var job = await jobs.GetAsync(jobId, ct);
        return job?.Kind == OnboardingJobState.Kind ? job : null;
    }

    private async Task<CommandResult<OnboardingRun>> RefuseAsync(string action, Job? job, JobConflict conflict, CancellationToken ct)
    {
        await audited.RecordInvalidAsync(action, conflict.Target, new Dictionary<string, object?> { ["ExistingJobId"] = conflict.JobId }, conflict.Message, ct);
        return CommandResult.Conflicting(conflict, job is null ? null : new OnboardingRun(job));
    }

    private async Task<CommandResult<OnboardingRun>> RunAsync(Job job, CancellationToken ct, IProgress<Job>? observer)
    {
        job = await runner.RunAsync(job, executor.ExecuteAsync, ct, observer, secrets);
        await inventory.UserChangedAsync(job.Target, CancellationToken.None);
        if (job.Status != JobStatus.Succeeded)
            return CommandResult.Failed(job.FailureText("The onboarding did not finish."), new OnboardingRun(job));
        var password = secrets.Take<InitialPassword>(job.Id);
        var key = secrets.Take<IamNewAccessKey>(job.Id);
        secrets.Forget(job.Id);
        var credentials = password is null && key is null ? null
            : new OnboardingCredentials(job.Target, password?.Value, key?.AccessKeyId, key?.SecretAccessKey, await SignInUrlAsync(ct));
        return CommandResult.Ok(new OnboardingRun(job, credentials));
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
}
