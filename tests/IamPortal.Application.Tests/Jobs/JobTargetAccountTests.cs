using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Jobs;

/// <summary>With many accounts, a user of the same name in another account is another target: their jobs never block each other.</summary>
public sealed class JobTargetAccountTests
{
    private static readonly JobScope Scope = new("lifecycle", [LifecycleJobKinds.Offboarding], j => j.CanResume || j.Status == JobStatus.Running);

    private static Job Offboarding(string accountId) => Job.Create(LifecycleJobKinds.Offboarding, "alice", "Offboard alice", "op", Sample.Now,
        JobData.Empty, [("DeleteUser", "Delete alice", JobData.Empty)], accountId);

    [Fact]
    public async Task Claim_SameUserInTwoAccounts_BothRunButTheSameAccountConflicts()
    {
        var store = new MemoryJobStore();
        var guard = new JobTargetGuard(store);
        var production = Offboarding("345678901234");
        await store.SaveAsync(production with { Status = JobStatus.Running });

        var (held, _) = await guard.ClaimAsync(Scope, production, CancellationToken.None);
        var (other, otherConflict) = await guard.ClaimAsync(Scope, Offboarding("567890123456"), CancellationToken.None);
        var (again, conflict) = await guard.ClaimAsync(Scope, Offboarding("345678901234"), CancellationToken.None);

        held.Should().NotBeNull();
        other.Should().NotBeNull("development's alice is another user");
        otherConflict.Should().BeNull();
        again.Should().BeNull();
        conflict!.JobId.Should().Be(production.Id);
        (await guard.FindUnfinishedAsync(Scope, "alice", null, CancellationToken.None, "567890123456")).Should().BeNull();
        (await guard.FindUnfinishedAsync(Scope, "alice", null, CancellationToken.None, "345678901234"))!.Id.Should().Be(production.Id);
    }

    [Fact]
    public void TargetOf_LeaseWithAnAccount_IsTheTarget() =>
        JobTargetGuard.TargetOf(new JobLeaseInfo(JobTargetGuard.LeasePrefix + "lifecycle\nalice\n345678901234", "i-1", Sample.Now))
            .Should().Be("alice");
}
