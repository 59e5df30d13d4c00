using IamPortal.Application.Commands;
using IamPortal.Application.Users;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Web.Tests.Fakes;

namespace IamPortal.Web.Tests.Features.Offboarding;

/// <summary>Hand-written fakes of the offboarding interfaces for the component tests: fixed plans, jobs that finish at once.</summary>
public sealed class FakeLifecycleServices : IOffboardingPlanner, IOffboardingService, IQuarantineService, IBulkUserActions
{
    public List<string> Calls { get; } = [];
    public bool Quarantined { get; set; }
    public JobStatus FinishWith { get; set; } = JobStatus.Succeeded;
    /// <summary>The journal as ListJobsAsync and GetJobAsync show it.</summary>
    public List<Job> Journal { get; } = [];
    /// <summary>What StartAsync answers instead of a finished job (e.g. a refusal naming another job).</summary>
    public CommandResult<JobRun>? StartAnswer { get; set; }

    private static JobData Data(string user) => JobData.From(new UserInput(user));

    /// <summary>The plans say IAM refused to list the user's service-specific credentials.</summary>
    public bool ServiceCredentialsUnread { get; set; }

    private IEnumerable<OffboardingPlanStep> Warning(string userName) => ServiceCredentialsUnread
        ? [new("5. Service-specific credentials", OffboardingStepKinds.ReadWarning,
            "Could not read the service-specific credentials: The portal's AWS role is not allowed to do this. Delete them by hand if there are any; "
            + "DeleteUser will say if something is still attached.",
            JobData.From(new ReadWarningInput(userName, "service-specific credentials", "The portal's AWS role is not allowed to do this.")))]
        : [];

    public Task<OffboardingPlan> PlanAsync(string userName, CancellationToken ct = default) => Task.FromResult(new OffboardingPlan(userName,
        $"arn:aws:iam::123456789012:user/{userName}",
        [
            new("1. Console password", OffboardingStepKinds.DeleteLoginProfile, "Delete the console password (login profile)", Data(userName)),
            new("2. Access keys", OffboardingStepKinds.DeleteAccessKey, "Delete access key AKIAEXAMPLE1 (Active)", Data(userName)),
            .. Warning(userName),
            new("9. Groups", OffboardingStepKinds.RemoveUserFromGroup, "Remove from group admins", Data(userName)),
            new("11. User", OffboardingStepKinds.DeleteUser, $"Delete user {userName}", Data(userName)),
            new("Verification", OffboardingStepKinds.ConfirmUserGone, $"Confirm {userName} is gone (GetUser answers NoSuchEntity)", Data(userName)),
        ]));

    public Task<IReadOnlyList<OffboardingPlanStep>> PlanQuarantineAsync(string userName, string operatorName, string reason, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<OffboardingPlanStep>>(
        [
            new("Quarantine", OffboardingStepKinds.DeactivateAccessKey, "Deactivate access key AKIAEXAMPLE1", Data(userName)),
            new("Quarantine", OffboardingStepKinds.PutQuarantinePolicy, $"Attach the deny-all inline policy {QuarantinePolicy.PolicyName}", Data(userName)),
        ]);

    public Job MakeJob(string kind, string user, JobStatus status)
    {
        var steps = new List<JobStep>
        {
            new(0, OffboardingStepKinds.DeleteAccessKey, "Delete access key AKIAEXAMPLE1 (Active)", Data(user), StepStatus.Succeeded),
            new(1, OffboardingStepKinds.DetachUserPolicy, "Detach managed policy ReadOnlyAccess", Data(user),
                status == JobStatus.Failed ? StepStatus.Failed : StepStatus.Succeeded,
                status == JobStatus.Failed ? "IAM had an internal error; try again." : null, status == JobStatus.Failed ? "ServiceFailure" : null),
            new(2, OffboardingStepKinds.DeleteUser, $"Delete user {user}", Data(user), status == JobStatus.Failed ? StepStatus.Pending : StepStatus.Succeeded),
        };
        return new Job(Guid.NewGuid(), kind, user, $"{kind} {user}", status, "Alice Admin", TestData.Now, TestData.Now, JobData.Empty, steps, "123456789012");
    }

    public Task<CommandResult<JobRun>> StartAsync(string userName, bool quarantineFirst, string? reason = null, CancellationToken ct = default,
        IProgress<Job>? observer = null)
    {
        Calls.Add($"Start {userName} quarantineFirst={quarantineFirst}");
        return Task.FromResult(StartAnswer ?? JobRun.Result(MakeJob(LifecycleJobKinds.Offboarding, userName, FinishWith)));
    }

    public Task<CommandResult<JobRun>> ResumeAsync(Guid jobId, CancellationToken ct = default)
    {
        Calls.Add("Resume");
        return Task.FromResult(JobRun.Result(MakeJob(LifecycleJobKinds.Offboarding, "someone", JobStatus.Succeeded)));
    }

    public Task<CommandResult<JobRun>> AbandonAsync(Guid jobId, CancellationToken ct = default)
    {
        Calls.Add("Abandon");
        return Task.FromResult(JobRun.Result(MakeJob(LifecycleJobKinds.Offboarding, "someone", JobStatus.Cancelled)));
    }

    public bool IsRunning(Guid jobId) => false;

    public Task<Job?> GetJobAsync(Guid jobId, CancellationToken ct = default) => Task.FromResult(Journal.FirstOrDefault(j => j.Id == jobId));

    public Task<IReadOnlyList<Job>> ListJobsAsync(string? userName = null, int take = 50, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<Job>>(Journal.Where(j => userName is null || j.Target == userName).ToList());

    public Task<QuarantineStatus> GetStatusAsync(string userName, CancellationToken ct = default) =>
        Task.FromResult(new QuarantineStatus(userName, Quarantined, Quarantined ? "Alice Admin" : null, null, Quarantined ? "Investigation" : null));

    public Task<CommandResult<JobRun>> QuarantineAsync(string userName, string reason, CancellationToken ct = default)
    {
        Calls.Add($"Quarantine {userName}: {reason}");
        Quarantined = true;
        return Task.FromResult(JobRun.Result(MakeJob(LifecycleJobKinds.Quarantine, userName, JobStatus.Succeeded), QuarantinePolicy.PasswordNote));
    }

    public Task<CommandResult<JobRun>> ReleaseAsync(string userName, CancellationToken ct = default)
    {
        Calls.Add($"Release {userName}");
        Quarantined = false;
        return Task.FromResult(JobRun.Result(MakeJob(LifecycleJobKinds.QuarantineRelease, userName, JobStatus.Succeeded)));
    }

    public Task<CommandResult<IReadOnlyList<BulkUserResult>>> RunAsync(BulkUserAction action, IReadOnlyList<string> userNames, string? reason = null,
        IProgress<BulkProgress>? progress = null, CancellationToken ct = default)
    {
        Calls.Add($"Bulk {action}: {string.Join(",", userNames)}");
        progress?.Report(new BulkProgress(userNames.Count, userNames.Count));
        return Task.FromResult(CommandResult.Ok<IReadOnlyList<BulkUserResult>>(userNames.Select((u, i) => i == 0
            ? new BulkUserResult(u, true, "Deactivated 1 access key: AKIAEXAMPLE1.")
            : new BulkUserResult(u, false, "IAM had an internal error; try again.")).ToList()));
    }

    public string ExportCsv(BulkUserAction action, IReadOnlyList<BulkUserResult> results) => "csv";
}
