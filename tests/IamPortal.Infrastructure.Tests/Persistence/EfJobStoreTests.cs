using IamPortal.Application.Users;
using System.Text.Json;
using System.Text.Json.Nodes;
using IamPortal.Application.Audit;
using IamPortal.Application.Jobs;
using IamPortal.Infrastructure.Persistence;

namespace IamPortal.Infrastructure.Tests.Persistence;

/// <summary>The job journal on a real database (SQLite and PostgreSQL): the account id round-trips, and jobs journaled before it existed still read.</summary>
public abstract class EfJobStoreTests(DatabaseProvider provider) : PortalDatabaseTests(provider)
{
    public sealed class OnSqlite() : EfJobStoreTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : EfJobStoreTests(DatabaseProvider.Postgres);

    /// <summary>The migration before JobAccount (by name: each provider's migrations have their own timestamps).</summary>
    private const string BeforeJobAccounts = "JobsAndSettings";
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);

    protected override bool MigrateFirst => false;

    private IJobStore Store => Db.Get<IJobStore>();

    private static Job NewJob(string target, string accountId) => new(Guid.NewGuid(), "Offboarding", target, $"Offboard {target}",
        JobStatus.Pending, "Ann Admin", Now, Now, JobData.From(new Dictionary<string, string> { ["Reason"] = "left" }),
        [new JobStep(0, "DeleteUser", "Delete the user", JobData.From(new UserInput(target)))], accountId);

    private static AuditRecord Record(string target, string accountId) => new(Now, "sub-ann", "Ann Admin", null, "Oidc", "SecurityAdmin",
        accountId, "Users.Delete", target, "{}", AuditOutcomes.Success, null, "corr-" + target);

    [SkippableFact]
    public async Task SaveAsync_Job_AccountIdRoundTripsThroughGetAndList()
    {
        await Db.MigrateAsync();
        var job = NewJob("alice", "111122223333");

        await Store.SaveAsync(job);

        (await Store.GetAsync(job.Id))!.AccountId.Should().Be("111122223333");
        (await Store.ListAsync("Offboarding", "ALICE")).Should().ContainSingle().Which.AccountId.Should().Be("111122223333");
    }

    [SkippableFact]
    public async Task MigrateAsync_DatabaseWithOldJobsAndAuditEntries_KeepsThemReadableAndTheChainIntact()
    {
        await Db.MigrateAsync(BeforeJobAccounts);
        var old = NewJob("bob", "ignored");
        var oldJson = JsonSerializer.SerializeToNode(old, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.AsObject();
        oldJson.Remove("accountId");
        await Db.ExecuteAsync("""INSERT INTO "Jobs" ("Id", "Kind", "Target", "Status", "CreatedAtUtc", "UpdatedAtUtc", "Json") VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6})""",
            old.Id, old.Kind, old.Target, old.Status.ToString(), Now.UtcDateTime, Now.UtcDateTime, oldJson.ToJsonString());
        var log = Db.Get<IAuditLog>();
        await log.AppendAsync(Record("bob", "123456789012"));
        await log.AppendAsync(Record("carol", "unknown"));

        await Db.MigrateAsync();
        await log.AppendAsync(Record("dave", "123456789012"));
        var fresh = NewJob("erin", "123456789012");
        await Store.SaveAsync(fresh);

        var oldRead = (await Store.GetAsync(old.Id))!;
        oldRead.AccountId.Should().BeEmpty("it was journaled before jobs recorded their account");
        oldRead.Target.Should().Be("bob");
        oldRead.Steps.Should().ContainSingle().Which.Input.As<UserInput>().UserName.Should().Be("bob");
        (await Store.ListAsync("Offboarding")).Select(j => (j.Target, j.AccountId)).Should().BeEquivalentTo([("bob", ""), ("erin", "123456789012")]);
        var chain = new List<AuditEntry>();
        await foreach (var e in log.StreamChainAsync()) chain.Add(e);
        chain.Select(e => e.Record.AccountId).Should().Equal("123456789012", "unknown", "123456789012");
        AuditHasher.Verify(chain).IsIntact.Should().BeTrue("entries written before and after the migration verify alike");
    }

    [SkippableFact]
    public async Task SaveAsync_ExistingJob_UpdatedInPlaceAndListedByLastUpdate()
    {
        await Db.MigrateAsync();
        var alice = NewJob("alice", "123456789012");
        var bob = NewJob("bob", "123456789012") with { UpdatedAt = Now.AddMinutes(1) };
        await Store.SaveAsync(alice);
        await Store.SaveAsync(bob);

        await Store.SaveAsync(alice with { Status = JobStatus.Running, UpdatedAt = Now.AddMinutes(2) });

        (await Store.GetAsync(alice.Id))!.Status.Should().Be(JobStatus.Running);
        (await Store.ListAsync("Offboarding")).Select(j => j.Target).Should().Equal("alice", "bob");
        (await Store.ListAsync("Offboarding", take: 1)).Should().ContainSingle().Which.Id.Should().Be(alice.Id);
        (await Store.ListAsync("Onboarding")).Should().BeEmpty();
        (await Store.GetAsync(Guid.NewGuid())).Should().BeNull();
    }
}
