using IamPortal.Application.Audit;
using IamPortal.Application.Jobs;
using IamPortal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Infrastructure.Tests.Persistence;

/// <summary>
/// Two portal instances on one database (SQLite and PostgreSQL): a lease has one holder at a time, a dead holder's
/// lease is taken over once it ran out, and the audit chain stays one chain when both append at once (ADR 0012).
/// </summary>
public abstract class EfJobLeasesTests(DatabaseProvider provider) : PortalDatabaseTests(provider)
{
    public sealed class OnSqlite() : EfJobLeasesTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : EfJobLeasesTests(DatabaseProvider.Postgres);

    private static readonly DateTimeOffset Now = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Ttl = TimeSpan.FromSeconds(30);
    private readonly FakeTimeProvider _time = new(Now);

    private IJobLeases Instance() => Db.StartInstance(s => s.AddSingleton<TimeProvider>(_time)).GetRequiredService<IJobLeases>();

    [SkippableFact]
    public async Task TryAcquireAsync_SecondInstanceWhileHeld_RefusedUntilTheLeaseRunsOut()
    {
        var (a, b) = (Instance(), Instance());

        (await a.TryAcquireAsync("job-target:x", "A|1", Ttl)).Should().BeTrue();
        (await b.TryAcquireAsync("job-target:x", "B|1", Ttl)).Should().BeFalse("A holds it");
        _time.Advance(TimeSpan.FromSeconds(20));
        (await a.TryAcquireAsync("job-target:x", "A|1", Ttl)).Should().BeTrue("the holder renews");
        _time.Advance(TimeSpan.FromSeconds(20));
        (await b.TryAcquireAsync("job-target:x", "B|1", Ttl)).Should().BeFalse("renewed 20 s ago, it lasts 30 s");
        (await b.ListExpiredAsync("job-target:")).Should().BeEmpty();

        _time.Advance(TimeSpan.FromSeconds(15));
        (await b.ListExpiredAsync("job-target:")).Should().ContainSingle().Which.Holder.Should().Be("A|1");
        (await b.TryAcquireAsync("job-target:x", "B|1", Ttl)).Should().BeTrue("A stopped renewing: B takes over");
        (await a.TryAcquireAsync("job-target:x", "A|1", Ttl)).Should().BeFalse();
    }

    [SkippableFact]
    public async Task ReleaseAsync_ByAnotherHolder_LeavesTheLeaseAlone()
    {
        var (a, b) = (Instance(), Instance());
        await a.TryAcquireAsync("scheduled:refresh", "A", Ttl);

        await b.ReleaseAsync("scheduled:refresh", "B");
        (await b.TryAcquireAsync("scheduled:refresh", "B", Ttl)).Should().BeFalse();
        await a.ReleaseAsync("scheduled:refresh", "A");
        (await b.TryAcquireAsync("scheduled:refresh", "B", Ttl)).Should().BeTrue();
    }

    [SkippableFact]
    public async Task TryAcquireAsync_TwoInstancesRacing_ExactlyOneWins()
    {
        var (a, b) = (Instance(), Instance());

        var attempts = Enumerable.Range(0, 16).Select(i => (i % 2 == 0 ? a : b).TryAcquireAsync("job-target:race", $"holder-{i}", Ttl));
        var won = await Task.WhenAll(attempts);

        won.Count(w => w).Should().Be(1);
    }

    [SkippableFact]
    public async Task JobTargetGuard_JobRunningOnAnotherInstance_RefusedAsRunningThere()
    {
        var options = new JobLeaseOptions { Ttl = Ttl };
        var store = Db.Get<IJobStore>();
        var job = Job.Create("Offboarding", "leaver", "Offboard leaver", "Ann Admin", Now, JobData.Empty, [], "123456789012");
        var onA = new JobTargetGuard(store, Instance(), new JobLeaseOptions { Ttl = Ttl, InstanceId = "A" });
        var againOnA = new JobTargetGuard(store, Instance(), new JobLeaseOptions { Ttl = Ttl, InstanceId = "A" });
        var onB = new JobTargetGuard(store, Instance(), new JobLeaseOptions { Ttl = Ttl, InstanceId = "B" });
        var scope = new JobScope("user-lifecycle", ["Offboarding"], JobScope.Resumable);

        var (lease, _) = await onA.ClaimAsync(scope, job, default);
        var (none, conflict) = await onB.ClaimAsync(scope, job, default);

        lease.Should().NotBeNull();
        none.Should().BeNull("the same job cannot run on two instances");
        conflict!.RunningElsewhere.Should().BeTrue();
        conflict.Message.Should().Contain("running right now on another portal instance");
        var step = new JobStep(0, "DeleteUser", "Delete user leaver", JobData.Empty, StepStatus.Running);
        await store.SaveAsync(job with { Status = JobStatus.Running, Steps = [step] });
        var another = Job.Create("Offboarding", "LEAVER", "Offboard leaver", "Bob Admin", Now, JobData.Empty, [], "123456789012");
        var (_, startRefused) = await onB.ClaimAsync(scope, another, default);
        startRefused!.JobId.Should().Be(job.Id, "a second job on the target is refused on the other instance too");
        startRefused.RunningElsewhere.Should().BeTrue("the first job's lease is held: it runs there now");
        lease!.Dispose();
        var (next, _) = await againOnA.ClaimAsync(scope, job, default);
        next.Should().NotBeNull("the instance that held the target may take it again at once (its release may still be on its way)");
        next!.Dispose();
        await WaitUntilAsync(async () => (await onB.ClaimAsync(scope, job, default)).Lease is { } taken && Dispose(taken));
        options.Ttl.Should().Be(Ttl);
    }

    [SkippableFact]
    public async Task AppendAsync_TwoInstancesAtOnce_OneChainWithoutForkOrGap()
    {
        var logs = new[] { Db.StartInstance().GetRequiredService<IAuditLog>(), Db.StartInstance().GetRequiredService<IAuditLog>() };

        await Task.WhenAll(Enumerable.Range(0, 60).Select(i => logs[i % 2].AppendAsync(new AuditRecord(Now.AddSeconds(i), "sub", $"Operator {i % 2}",
            null, "Oidc", "SecurityAdmin", "123456789012", "Users.Delete", $"user-{i}", "{}", AuditOutcomes.Success, null, $"corr-{i}"))));

        var chain = new List<AuditEntry>();
        await foreach (var e in logs[0].StreamChainAsync()) chain.Add(e);
        chain.Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, 60).Select(i => (long)i), "no gap and no two entries with one predecessor");
        chain.Select(e => e.PreviousHash).Should().OnlyHaveUniqueItems();
        AuditHasher.Verify(chain).IsIntact.Should().BeTrue();
    }

    private static bool Dispose(IDisposable lease)
    {
        lease.Dispose();
        return true;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 50; i++)
        {
            if (await condition()) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("The released lease was never free.");
    }
}
