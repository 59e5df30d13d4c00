using IamPortal.Infrastructure.Persistence;

namespace IamPortal.Infrastructure.Tests.Persistence;

/// <summary>
/// A persistence test class runs on both databases: its nested OnSqlite and OnPostgres classes pick the provider, and
/// each test gets a fresh database, migrated first unless <see cref="MigrateFirst"/> says otherwise. Tests are
/// [SkippableFact] so that the PostgreSQL half reports itself skipped, with the reason, where no server is configured.
/// </summary>
public abstract class PortalDatabaseTests(DatabaseProvider provider) : IAsyncLifetime
{
    private PortalDatabase? _db;

    protected PortalDatabase Db => _db ?? throw new InvalidOperationException("The database is created in InitializeAsync.");

    protected virtual bool MigrateFirst => true;

    public async Task InitializeAsync()
    {
        _db = await PortalDatabase.CreateAsync(provider);
        if (MigrateFirst) await _db.MigrateAsync();
    }

    public async Task DisposeAsync()
    {
        if (_db is not null) await _db.DisposeAsync();
    }
}
