using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using IamPortal.Application.Users;
using Kinds = IamPortal.Application.Offboarding.OffboardingStepKinds;

namespace IamPortal.Application.Offboarding;

public sealed class QuarantineService(
    IIamUsersApi iamUsers, IIamCredentialsApi iamCredentials, IIamPoliciesApi iamPolicies,
    IOperatorContext operatorContext,
    IAuditedOperations audited,
    IOffboardingPlanner planner,
    IJobStore store,
    LifecycleJobs jobs) : IQuarantineService
{
    public const int MaxReasonLength = 256;

    public async Task<QuarantineStatus> GetStatusAsync(string userName, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read a user's quarantine status");
        var tags = iamUsers.ListUserTagsAsync(userName, ct);
        var policies = iamPolicies.ListUserPoliciesAsync(userName, ct);
        var tagList = await tags;
        string? Tag(string key) => tagList.FirstOrDefault(t => t.Key == key)?.Value;
        var quarantined = (await policies).Contains(QuarantinePolicy.PolicyName) || Tag(QuarantinePolicy.ByTag) is not null;
        return new QuarantineStatus(userName, quarantined, Tag(QuarantinePolicy.ByTag), Tag(QuarantinePolicy.AtTag), Tag(QuarantinePolicy.ReasonTag));
    }

    public async Task<CommandResult<JobRun>> QuarantineAsync(string userName, string reason, CancellationToken ct = default)
    {
        const string action = AuditActions.Quarantine;
        var op = await audited.DemandAsync(Permission.ManageUsers, action, userName, ct);
        var cleanReason = QuarantinePolicy.SanitiseTagValue(reason);
        if (cleanReason.Length == 0 || (reason ?? "").Trim().Length > MaxReasonLength)
        {
            var error = cleanReason.Length == 0 ? "Say why the user is quarantined." : $"The reason can be at most {MaxReasonLength} characters.";
            await audited.RecordInvalidAsync(action, userName, new Dictionary<string, object?> { ["Reason"] = reason }, error, ct);
            return CommandResult.Invalid<JobRun>(QuarantineFields.Reason, error);
        }
        var user = await iamUsers.GetUserAsync(userName, ct);
        var steps = await planner.PlanQuarantineAsync(user.UserName, op.Name, cleanReason, ct);
        var data = new QuarantineJobData(cleanReason,
            steps.Where(s => s.Kind == Kinds.DeactivateAccessKey).Select(s => s.Input.As<AccessKeyInput>().AccessKeyId).ToList());
        var job = await jobs.CreateAsync(LifecycleJobKinds.Quarantine, user.UserName, $"Quarantine {user.UserName}", op.Name, data, steps, ct);
        return await jobs.StartAsync(job, action, ct, QuarantinePolicy.PasswordNote);
    }

    public async Task<CommandResult<JobRun>> ReleaseAsync(string userName, CancellationToken ct = default)
    {
        var op = await audited.DemandAsync(Permission.ManageUsers, AuditActions.ReleaseQuarantine, userName, ct);
        var user = await iamUsers.GetUserAsync(userName, ct);
        var keys = await KeysToReactivateAsync(user.UserName, ct);
        var loginProfile = await iamCredentials.GetLoginProfileAsync(user.UserName, ct);
        var name = user.UserName;
        var steps = keys.Select(k => OffboardingPlanStep.Of("Release", Kinds.ReactivateAccessKey, $"Reactivate access key {k}", new AccessKeyInput(name, k)))
            .Append(OffboardingPlanStep.Of("Release", Kinds.DeleteQuarantinePolicy, $"Delete the deny-all inline policy {QuarantinePolicy.PolicyName}",
                new InlinePolicyInput(name, QuarantinePolicy.PolicyName)))
            .Append(OffboardingPlanStep.Of("Release", Kinds.UntagQuarantine, "Remove the quarantine tags", new UserInput(name)));
        var job = await jobs.CreateAsync(LifecycleJobKinds.QuarantineRelease, name, $"Release {name} from quarantine", op.Name,
            new ReleaseJobData(keys), steps, ct);
        var note = loginProfile is null ? QuarantinePolicy.PasswordNote : null;
        return await jobs.StartAsync(job, AuditActions.ReleaseQuarantine, ct, note);
    }

    public Task<CommandResult<JobRun>> ResumeAsync(Guid jobId, CancellationToken ct = default) =>
        jobs.ResumeAsync(jobId, [LifecycleJobKinds.Quarantine, LifecycleJobKinds.QuarantineRelease], AuditActions.ResumeQuarantine, ct);

    /// <summary>The keys the latest quarantine of this user deactivated (its succeeded steps), which release turns back on.</summary>
    private async Task<IReadOnlyList<string>> KeysToReactivateAsync(string userName, CancellationToken ct)
    {
        var latest = (await store.ListAsync(LifecycleJobKinds.Quarantine, userName, 20, ct)).MaxBy(j => j.CreatedAt);
        var deactivated = latest?.Steps.Where(s => s.Kind == Kinds.DeactivateAccessKey && s.Status == StepStatus.Succeeded)
            .Select(s => s.Input.As<AccessKeyInput>().AccessKeyId).ToList() ?? [];
        if (deactivated.Count == 0) return [];
        var existing = (await iamCredentials.ListAccessKeysAsync(userName, ct)).Select(k => k.AccessKeyId).ToHashSet();
        return deactivated.Where(existing.Contains).ToList();
    }
}
