using IamPortal.Application.Audit;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Offboarding;

/// <summary>
/// Two operators (two tabs, two scopes) acting on one user over HTTP against the Sandbox: the second start is refused
/// and names the job that holds the user, whether it runs right now or stopped unfinished; nothing runs twice.
/// </summary>
public sealed class OffboardingConcurrencyTests(OffboardingFlowFixture fixture) : IClassFixture<OffboardingFlowFixture>
{
    private sealed class FirstRunning : IProgress<Job>
    {
        public TaskCompletionSource<Job> Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Report(Job value)
        {
            if (value.Steps.Any(s => s.Status == StepStatus.Running)) Started.TrySetResult(value);
        }
    }

    private async Task<IReadOnlyList<AuditRecord>> AuditOfAsync(string user)
    {
        var page = await fixture.Services.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery { Target = user, PageSize = 500 });
        return page.Items.Select(e => e.Record).ToList();
    }

    [SkippableFact]
    public async Task SecondStart_WhileTheFirstRuns_RefusedNamingItAndEveryCallMadeOnce()
    {
        var user = fixture.TakeSeededUser();
        await fixture.GiveOneOfEverythingAsync(user);
        fixture.Sandbox.Control.Faults = new SandboxFaults(LatencyMs: 1500, Actions: ["DeleteLoginProfile"]);
        try
        {
            await using var first = fixture.Scope();
            await using var second = fixture.Scope();
            var running = new FirstRunning();
            var firstRun = first.ServiceProvider.GetRequiredService<IOffboardingService>().StartAsync(user, quarantineFirst: false, observer: running);
            var firstJob = await running.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));

            var refused = await second.ServiceProvider.GetRequiredService<IOffboardingService>().StartAsync(user, quarantineFirst: false);
            var quarantine = await second.ServiceProvider.GetRequiredService<IQuarantineService>().QuarantineAsync(user, "second tab");

            refused.Value.Should().BeNull("nothing of the second offboarding ran");
            refused.Conflict!.JobId.Should().Be(firstJob.Id);
            refused.Conflict.RunningNow.Should().BeTrue();
            refused.Error.Should().Contain("running right now").And.Contain("Flow Tester");
            quarantine.Conflict!.JobId.Should().Be(firstJob.Id, "a quarantine would re-attach the deny-all policy the offboarding removes");
            var finished = await firstRun;
            finished.Succeeded.Should().BeTrue(finished.Error ?? finished.Value?.Job.FailedStep?.Error);
        }
        finally
        {
            fixture.Sandbox.Control.Faults = new SandboxFaults();
        }
        var audit = await AuditOfAsync(user);
        audit.Where(r => r.Outcome != AuditOutcomes.Success && r.Outcome != AuditOutcomes.Invalid).Should().BeEmpty("no call failed for running twice");
        audit.Count(r => r.Action == AuditActions.DeleteUser).Should().Be(1);
        audit.Count(r => r.Action == AuditActions.DisableConsoleAccess).Should().Be(1);
        audit.Should().Contain(r => r.Outcome == AuditOutcomes.Invalid && r.Action == "Offboarding.Start", "the refused attempt is evidence too");
    }

    [SkippableFact]
    public async Task Start_AfterAnUnfinishedOffboarding_RefusedUntilResumedOrAbandoned()
    {
        var user = fixture.TakeSeededUser();
        await using var scope = fixture.Scope();
        var offboarding = scope.ServiceProvider.GetRequiredService<IOffboardingService>();
        fixture.Sandbox.Control.FailNext("DeleteUser", "ServiceFailure", 1);
        var stopped = (await offboarding.StartAsync(user, quarantineFirst: true)).Value!.Job;
        stopped.Status.Should().Be(JobStatus.Failed);

        var again = await offboarding.StartAsync(user, quarantineFirst: false);
        var release = await scope.ServiceProvider.GetRequiredService<IQuarantineService>().ReleaseAsync(user);

        again.Conflict!.JobId.Should().Be(stopped.Id);
        again.Conflict.RunningNow.Should().BeFalse();
        again.Error.Should().Contain("did not finish").And.Contain("resume it or abandon it");
        release.Conflict!.JobId.Should().Be(stopped.Id);

        var abandoned = await offboarding.AbandonAsync(stopped.Id);
        abandoned.Value!.Job.Status.Should().Be(JobStatus.Cancelled);
        var fresh = await offboarding.StartAsync(user, quarantineFirst: false);

        fresh.Succeeded.Should().BeTrue(fresh.Error ?? fresh.Value?.Job.FailedStep?.Error);
        (await AuditOfAsync(user)).Should().Contain(r => r.Action == "Offboarding.Abandon" && r.Outcome == AuditOutcomes.Success);
    }
}
