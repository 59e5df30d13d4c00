using IamPortal.Application.Users;
using System.Text.Json;
using System.Text.Json.Nodes;
using IamPortal.Application.Audit;
using IamPortal.Application.Jobs;

namespace IamPortal.Infrastructure.Tests.Persistence;

/// <summary>The job journal on a real SQLite file: the account id round-trips, and jobs journaled before it existed still read.</summary>
public sealed class EfJobStoreTests : IAsyncLifetime
{
    private const string BeforeJobAccounts = "20261128191859_JobsAndSettings";
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 10, 0, 0, TimeSpan.Zero);
    private readonly SqlitePortalDatabase _db = new();

    private IJobStore Store => _db.Get<IJobStore>();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _db.DisposeAsync();

    private static Job NewJob(string target, string accountId) => new(Guid.NewGuid(), "Offboarding", target, $"Offboard {target}",
        JobStatus.Pending, "Ann Admin", Now, Now, JobData.From(new Dictionary<string, string> { ["Reason"] = "left" }),
        [new JobStep(0, "DeleteUser", "Delete the user", JobData.From(new UserInput(target)))], accountId);

    private static AuditRecord Record(string target, string accountId) => new(Now, "sub-ann", "Ann Admin", null, "Oidc", "SecurityAdmin",
        accountId, "Users.Delete", target, "{}", AuditOutcomes.Success, null, "corr-" + target);

    [Fact]
    public async Task SaveAsync_Job_AccountIdRoundTripsThroughGetAndList()
    {
        await _db.MigrateAsync();
        var job = NewJob("alice", "111122223333");

        await Store.SaveAsync(job);

        (await Store.GetAsync(job.Id))!.AccountId.Should().Be("111122223333");
        (await Store.ListAsync("Offboarding", "ALICE")).Should().ContainSingle().Which.AccountId.Should().Be("111122223333");
    }

    [Fact]
    public async Task MigrateAsync_DatabaseWithOldJobsAndAuditEntries_KeepsThemReadableAndTheChainIntact()
    {
        await _db.MigrateAsync(BeforeJobAccounts);
        var old = NewJob("bob", "ignored");
        var oldJson = JsonSerializer.SerializeToNode(old, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.AsObject();
        oldJson.Remove("accountId");
        await _db.ExecuteAsync("INSERT INTO Jobs (Id, Kind, Target, Status, CreatedAtUtc, UpdatedAtUtc, Json) VALUES ({0}, {1}, {2}, {3}, {4}, {5}, {6})",
            old.Id, old.Kind, old.Target, old.Status.ToString(), Now.UtcDateTime, Now.UtcDateTime, oldJson.ToJsonString());
        var log = _db.Get<IAuditLog>();
        await log.AppendAsync(Record("bob", "123456789012"));
        await log.AppendAsync(Record("carol", "unknown"));

        await _db.MigrateAsync();
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
}
