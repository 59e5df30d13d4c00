using IamPortal.Application.Guardrails;
using IamPortal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Infrastructure.Tests.Persistence;

/// <summary>The guardrails setting on a real database (SQLite and PostgreSQL): defaults until saved, then the last save, for every instance.</summary>
public abstract class EfGuardrailsStoreTests(DatabaseProvider provider) : PortalDatabaseTests(provider)
{
    public sealed class OnSqlite() : EfGuardrailsStoreTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : EfGuardrailsStoreTests(DatabaseProvider.Postgres);

    private IGuardrailsStore Store => Db.Get<IGuardrailsStore>();

    [SkippableFact]
    public async Task GetAsync_NothingSaved_ReturnsTheDefaults()
    {
        (await Store.GetAsync()).Should().BeEquivalentTo(new Guardrails());
    }

    [SkippableFact]
    public async Task SaveAsync_SavedTwice_EveryInstanceReadsTheLastSave()
    {
        await Store.SaveAsync(new Guardrails { RequiredTags = ["Owner"], AccessKeyMaxAgeDays = 30 });
        var last = new Guardrails
        {
            RequiredTags = ["Team", "Zürich-Büro"], UserNamePattern = @"^[a-z]+\.[a-z]+$", UserNamePatternHint = "first.last",
            AllowDirectPolicyAttachment = true, AccessKeyMaxAgeDays = 60, InactivityThresholdDays = 30, RequireMfaForConsoleUsers = false,
            DefaultPath = "/staff/",
        };

        await Store.SaveAsync(last);

        (await Store.GetAsync()).Should().BeEquivalentTo(last);
        var other = Db.StartInstance().GetRequiredService<IGuardrailsStore>();
        (await other.GetAsync()).Should().BeEquivalentTo(last, "a second portal instance reads the same setting");
    }
}
