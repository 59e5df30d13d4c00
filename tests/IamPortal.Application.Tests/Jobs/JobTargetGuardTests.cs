using IamPortal.Application.Jobs;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Jobs;

public class JobTargetGuardTests
{
    private static readonly JobScope Scope = new("test", ["Offboarding", "Quarantine"], JobScope.Resumable);

    private static Job JobFor(string target, string kind = "Offboarding", JobStatus status = JobStatus.Pending) =>
        new(Guid.NewGuid(), kind, target, "t", status, "Alice Admin", Sample.Now, Sample.Now, JobData.Empty, [], FakeAccounts.AccountId);

    [Fact]
    public async Task ClaimAsync_SameTargetOtherCase_SecondRefusedUntilTheFirstReleases()
    {
        var guard = new JobTargetGuard(new MemoryJobStore());
        var first = JobFor("jane.doe");

        var (lease, _) = await guard.ClaimAsync(Scope, first, default);
        var (none, conflict) = await guard.ClaimAsync(Scope, JobFor("Jane.Doe", "Quarantine"), default);

        none.Should().BeNull();
        conflict!.JobId.Should().Be(first.Id);
        conflict.RunningNow.Should().BeTrue();
        conflict.Message.Should().Contain("An offboarding of jane.doe started by Alice Admin").And.Contain("running right now");
        lease!.Dispose();
        (await guard.ClaimAsync(Scope, JobFor("jane.doe"), default)).Lease.Should().NotBeNull();
    }

    [Fact]
    public async Task ClaimAsync_UnfinishedJobInTheJournal_RefusedButItsOwnResumeIsNot()
    {
        var store = new MemoryJobStore();
        var stopped = JobFor("jane.doe", status: JobStatus.Failed);
        await store.SaveAsync(stopped);
        await store.SaveAsync(JobFor("jane.doe", status: JobStatus.Succeeded));
        var guard = new JobTargetGuard(store);

        var (_, conflict) = await guard.ClaimAsync(Scope, JobFor("JANE.DOE"), default);
        var (resume, none) = await guard.ClaimAsync(Scope, stopped, default);

        conflict!.JobId.Should().Be(stopped.Id);
        conflict.RunningNow.Should().BeFalse();
        conflict.Message.Should().Contain("did not finish");
        resume.Should().NotBeNull();
        none.Should().BeNull();
    }

    [Fact]
    public async Task ClaimAsync_SameJobTwice_SecondIsRefusedAsRunning()
    {
        var guard = new JobTargetGuard(new MemoryJobStore());
        var job = JobFor("jane.doe");

        await guard.ClaimAsync(Scope, job, default);
        var (lease, conflict) = await guard.ClaimAsync(Scope, job, default);

        lease.Should().BeNull("two resumes of one job must not run it twice");
        conflict!.RunningNow.Should().BeTrue();
    }
}
