using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Jobs;

public class JobRunnerTests
{
    private static Job NewJob() => new(Guid.NewGuid(), "Test", "alice", "Test job", JobStatus.Pending, "op", Sample.Now, Sample.Now,
        JobData.Empty,
        Enumerable.Range(0, 4).Select(i => new JobStep(i, "Step", $"step {i}", JobData.Empty)).ToList(), FakeAccounts.AccountId);

    [Fact]
    public async Task RunAsync_FailureInTheMiddle_StopsThereAndResumeFinishesWithoutRedoing()
    {
        var store = new MemoryJobStore();
        var progress = new JobProgress();
        var published = 0;
        progress.Changed += _ => published++;
        var runner = new JobRunner(store, progress, new FakeTimeProvider(Sample.Now));
        var executed = new List<int>();
        var failOnce = true;
        StepExecutor execute = (context, _) =>
        {
            if (context.Step.Index == 2 && failOnce) { failOnce = false; throw new ThrottlingException("Throttling", "Rate exceeded"); }
            executed.Add(context.Step.Index);
            return Task.FromResult(StepOutcome.Done());
        };

        var failed = await runner.RunAsync(NewJob(), execute);

        failed.Status.Should().Be(JobStatus.Failed);
        failed.FailedStep!.Index.Should().Be(2);
        failed.FailedStep.ErrorCode.Should().Be("Throttling");
        failed.Steps[3].Status.Should().Be(StepStatus.Pending);
        failed.CanResume.Should().BeTrue();
        store.Jobs[failed.Id].Should().Be(failed, "the journal holds the exact state");

        var done = await runner.RunAsync((await store.GetAsync(failed.Id))!, execute);

        done.Status.Should().Be(JobStatus.Succeeded);
        executed.Should().Equal(0, 1, 2, 3);
        published.Should().BeGreaterThan(8, "every step change is published for live progress");
    }

    [Fact]
    public async Task RunAsync_StepRunningWhenThePortalStopped_IsRunAgainOnResume()
    {
        var store = new MemoryJobStore();
        var job = NewJob();
        job = job with
        {
            Status = JobStatus.Running,
            Steps = job.Steps.Select(s => s.Index switch { 0 => s with { Status = StepStatus.Succeeded }, 1 => s with { Status = StepStatus.Running }, _ => s }).ToList(),
        };
        var executed = new List<int>();

        job.CanResume.Should().BeTrue();
        var done = await new JobRunner(store, new JobProgress(), new FakeTimeProvider(Sample.Now))
            .RunAsync(job, (context, _) => { executed.Add(context.Step.Index); return Task.FromResult(StepOutcome.Done()); });

        executed.Should().Equal(1, 2, 3);
        done.Steps.Should().OnlyContain(s => s.Status == StepStatus.Succeeded);
    }
}
