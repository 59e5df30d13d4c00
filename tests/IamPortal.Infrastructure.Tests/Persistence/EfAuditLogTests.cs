using IamPortal.Application.Audit;
using IamPortal.Infrastructure.Persistence;

namespace IamPortal.Infrastructure.Tests.Persistence;

/// <summary>The audit log on a real database, migrated as at start: SQLite and PostgreSQL.</summary>
public abstract class EfAuditLogTests(DatabaseProvider provider) : PortalDatabaseTests(provider)
{
    public sealed class OnSqlite() : EfAuditLogTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : EfAuditLogTests(DatabaseProvider.Postgres);

    private IAuditLog Log => Db.Get<IAuditLog>();

    private static AuditRecord Record(string action, string target, string outcome, string op = "Ann Admin", int minute = 0) => new(
        new DateTimeOffset(2026, 11, 28, 10, minute, 0, TimeSpan.Zero).AddTicks(1234567), "sub-" + op, op, "ann@example.com", "Oidc",
        "SecurityAdmin", "123456789012", action, target, "{\"UserName\":\"x\"}", outcome, null, "corr-" + minute);

    private Task ExecuteAsync(string sql) => Db.ExecuteAsync(sql);

    [SkippableFact]
    public async Task AppendAsync_Entries_ChainAndReadBackIntact()
    {
        await Log.AppendAsync(Record("Users.Create", "alice", AuditOutcomes.Success));
        await Log.AppendAsync(Record("Users.Delete", "bob", "DeleteConflict", minute: 1));
        var third = await Log.AppendAsync(Record("Users.Delete", "bob", AuditOutcomes.Success, minute: 2));

        third.Sequence.Should().Be(3);
        var chain = new List<AuditEntry>();
        await foreach (var e in Log.StreamChainAsync()) chain.Add(e);
        AuditHasher.Verify(chain).IsIntact.Should().BeTrue("timestamps and fields survive the database round trip");
        chain[1].PreviousHash.Should().Be(chain[0].Hash);
    }

    [SkippableFact]
    public async Task QueryAsync_Filters_ByOperatorActionTargetOutcomeAndDate()
    {
        await Log.AppendAsync(Record("Users.Create", "alice", AuditOutcomes.Success, "Ann Admin", 0));
        await Log.AppendAsync(Record("AccessKeys.Delete", "bob", AuditOutcomes.Denied, "Audrey Auditor", 5));
        await Log.AppendAsync(Record("AccessKeys.Delete", "carol", AuditOutcomes.Success, "Ann Admin", 10));

        (await Log.QueryAsync(new AuditQuery { Operator = "audrey" })).Items.Should().ContainSingle().Which.Record.Target.Should().Be("bob");
        (await Log.QueryAsync(new AuditQuery { Action = "accesskeys" })).TotalCount.Should().Be(2);
        (await Log.QueryAsync(new AuditQuery { Outcome = AuditOutcomes.Success, Target = "car" })).TotalCount.Should().Be(1);
        var late = await Log.QueryAsync(new AuditQuery { From = new DateTimeOffset(2026, 11, 28, 10, 4, 0, TimeSpan.Zero) });
        late.Items.Select(e => e.Record.Target).Should().Equal("carol", "bob");
    }

    [SkippableFact]
    public async Task Verify_RowEditedInTheDatabase_IsDetected()
    {
        for (var i = 0; i < 4; i++) await Log.AppendAsync(Record("Users.Create", "user" + i, AuditOutcomes.Success, minute: i));

        await ExecuteAsync("""UPDATE "AuditEntries" SET "Outcome" = 'Success', "Target" = 'someone-else' WHERE "Sequence" = 2""");

        var chain = new List<AuditEntry>();
        await foreach (var e in Log.StreamChainAsync()) chain.Add(e);
        AuditHasher.Verify(chain).FirstBrokenSequence.Should().Be(2);
    }

    [SkippableFact]
    public async Task Verify_RowDeletedInTheDatabase_IsDetected()
    {
        for (var i = 0; i < 4; i++) await Log.AppendAsync(Record("Users.Create", "user" + i, AuditOutcomes.Success, minute: i));

        await ExecuteAsync("""DELETE FROM "AuditEntries" WHERE "Sequence" = 3""");

        var chain = new List<AuditEntry>();
        await foreach (var e in Log.StreamChainAsync()) chain.Add(e);
        var result = AuditHasher.Verify(chain);
        result.FirstBrokenSequence.Should().Be(4);
        result.Reason.Should().Contain("missing");
    }

    [SkippableFact]
    public async Task Verify_ConsistentRewriteInTheDatabase_CaughtOnlyByARecordedHead()
    {
        for (var i = 0; i < 4; i++) await Log.AppendAsync(Record("Users.Create", "user" + i, AuditOutcomes.Success, minute: i));
        var before = new List<AuditEntry>();
        await foreach (var e in Log.StreamChainAsync()) before.Add(e);
        var recorded = AuditHasher.Verify(before).Head!;

        // Someone with write access to the database rewrites entry 2 and recomputes every hash and link after it.
        var previous = before[0].Hash;
        foreach (var entry in before.Skip(1))
        {
            var record = entry.Sequence == 2 ? entry.Record with { Target = "someone-else" } : entry.Record;
            var hash = AuditHasher.Compute(entry.Sequence, record, previous);
            await ExecuteAsync($"""UPDATE "AuditEntries" SET "Target" = '{record.Target}', "PreviousHash" = '{previous}', "Hash" = '{hash}' WHERE "Sequence" = {entry.Sequence}""");
            previous = hash;
        }

        var after = new List<AuditEntry>();
        await foreach (var e in Log.StreamChainAsync()) after.Add(e);
        after[1].Record.Target.Should().Be("someone-else");
        AuditHasher.Verify(after).IsIntact.Should().BeTrue("the rewrite kept every link consistent");
        var againstHead = AuditHasher.Verify(after, recorded);
        againstHead.IsIntact.Should().BeFalse();
        againstHead.FirstBrokenSequence.Should().Be(4);
    }

    [SkippableFact]
    public async Task AppendAsync_Concurrent_KeepsOneUnbrokenChain()
    {
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Log.AppendAsync(Record("Users.Tag", "u" + i, AuditOutcomes.Success, minute: i % 60))));

        var chain = new List<AuditEntry>();
        await foreach (var e in Log.StreamChainAsync()) chain.Add(e);
        chain.Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, 20).Select(i => (long)i));
        AuditHasher.Verify(chain).IsIntact.Should().BeTrue();
    }

    [SkippableFact]
    public async Task AppendAsync_Entry_AccountIdRoundTrips()
    {
        await Log.AppendAsync(Record("Users.Create", "alice", AuditOutcomes.Success) with { AccountId = "111122223333" });

        var page = await Log.QueryAsync(new AuditQuery());

        page.Items.Should().ContainSingle().Which.Record.AccountId.Should().Be("111122223333");
    }

    [SkippableFact]
    public async Task QueryAsync_ToAndPage_NewestFirstWithinTheRange()
    {
        for (var i = 0; i < 5; i++) await Log.AppendAsync(Record("Users.Create", "user" + i, AuditOutcomes.Success, minute: i));
        var until = new AuditQuery { To = new DateTimeOffset(2026, 11, 28, 12, 2, 30, TimeSpan.FromHours(2)), PageSize = 2 };

        var first = await Log.QueryAsync(until);
        var second = await Log.QueryAsync(until with { Page = 1 });

        first.TotalCount.Should().Be(3, "10:02:30 UTC is 12:02:30 at +02:00");
        first.Items.Select(e => e.Record.Target).Should().Equal("user2", "user1");
        second.Items.Select(e => e.Record.Target).Should().Equal("user0");
    }

    [SkippableFact]
    public async Task AppendAsync_TimestampWithOffset_ReadBackAsTheSameInstantInUtc()
    {
        var at = new DateTimeOffset(2026, 11, 28, 12, 30, 0, TimeSpan.FromHours(2)).AddTicks(1234567);

        var appended = await Log.AppendAsync(Record("Users.Create", "alice", AuditOutcomes.Success) with { Timestamp = at });

        var read = (await Log.QueryAsync(new AuditQuery())).Items.Should().ContainSingle().Subject;
        read.Record.Timestamp.Should().Be(appended.Record.Timestamp).And.BeCloseTo(at, TimeSpan.FromMicroseconds(1));
        read.Record.Timestamp.Offset.Should().Be(TimeSpan.Zero);
        read.Hash.Should().Be(appended.Hash);
        AuditHasher.Verify([read]).IsIntact.Should().BeTrue();
    }

    [SkippableFact]
    public async Task AppendAsync_TargetLongerThanItsColumn_StoredShortenedAndTheChainVerifies()
    {
        // A bulk action records all its users as one target: 200 of them are far more than the column's 2048 characters.
        var users = string.Join(",", Enumerable.Range(0, 200).Select(i => $"contractor-{i:000}@example.com"));
        await Log.AppendAsync(Record("Users.Create", "alice", AuditOutcomes.Success));

        var appended = await Log.AppendAsync(Record("Offboarding.BulkQuarantine", users, AuditOutcomes.Denied, minute: 1));

        appended.Record.Target.Should().HaveLength(2048).And.StartWith(users[..2000]).And.EndWith("…");
        var chain = new List<AuditEntry>();
        await foreach (var e in Log.StreamChainAsync()) chain.Add(e);
        chain[1].Should().BeEquivalentTo(appended);
        AuditHasher.Verify(chain).IsIntact.Should().BeTrue("the hash covers what is stored");
    }
}
