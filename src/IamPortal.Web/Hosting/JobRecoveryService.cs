using IamPortal.Application.Accounts;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Operators;
using IamPortal.Web.Auth;

namespace IamPortal.Web.Hosting;

/// <summary>
/// Takes over the lifecycle jobs (offboarding, quarantine, release) of a portal instance that died (ADR 0012): a job's
/// target lease ran out without being released while the job is marked Running, so nobody runs it; this instance
/// resumes it from its journal, as the portal, naming the operator who started it. Onboarding (which holds shown-once
/// secrets) and key rotation (which waits for clicks) are left for an operator to resume.
/// </summary>
public sealed class JobRecoveryService(
    IServiceScopeFactory scopes,
    IJobLeases leases,
    IJobStore store,
    JobLeaseOptions options,
    ILogger<JobRecoveryService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Ttl);
        try
        {
            do
            {
                await RecoverAsync(stoppingToken);
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException)
        {
            // The host is stopping.
        }
    }

    /// <summary>One pass: every orphaned lifecycle job is resumed; the number resumed.</summary>
    public async Task<int> RecoverAsync(CancellationToken ct)
    {
        var resumed = 0;
        foreach (var lease in await leases.ListExpiredAsync(JobTargetGuard.LeasePrefix, ct))
        {
            var running = (await store.ListAsync(target: JobTargetGuard.TargetOf(lease), take: 20, ct: ct))
                .Where(j => j.Status == JobStatus.Running && string.Equals(j.Target, JobTargetGuard.TargetOf(lease), StringComparison.OrdinalIgnoreCase))
                .ToList();
            // Nothing left running there (its holder died after the job ended): the lease holds nothing.
            if (running.Count == 0) await leases.ReleaseAsync(lease.Name, lease.Holder, ct);
            foreach (var job in running.Where(j => LifecycleJobKinds.All.Contains(j.Kind)))
                if (await ResumeAsync(job, ct)) resumed++;
        }
        return resumed;
    }

    private async Task<bool> ResumeAsync(Job job, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<OperatorOverride>().Identity = PortalOperators.ResumingFor(job);
        // The job resumes in the account it was started in (the journal names it).
        if (job.AccountId.Length > 0 && scope.ServiceProvider.GetRequiredService<IAccountDirectory>() is { IsMultiAccount: true } directory)
        {
            await directory.ListAsync(ct);
            scope.ServiceProvider.GetRequiredService<AccountSelection>().Use(job.AccountId);
        }
        logger.LogInformation("Resuming job {JobId} ({Kind} of {Target}) left by a portal instance that stopped", job.Id, job.Kind, job.Target);
        var result = job.Kind == LifecycleJobKinds.Offboarding
            ? await scope.ServiceProvider.GetRequiredService<IOffboardingService>().ResumeAsync(job.Id, ct)
            : await scope.ServiceProvider.GetRequiredService<IQuarantineService>().ResumeAsync(job.Id, ct);
        if (result.Value?.Job is { } now)
            logger.LogInformation("Job {JobId} resumed: {Status}, {Done} of {Steps} steps done", now.Id, now.Status, now.CompletedSteps, now.Steps.Count);
        else
            logger.LogWarning("Job {JobId} was not resumed: {Error}", job.Id, result.Error);
        return result.Value?.Job is not null && result.Conflict is null;
    }
}
