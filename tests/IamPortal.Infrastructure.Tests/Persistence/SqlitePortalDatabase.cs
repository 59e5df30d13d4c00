using IamPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Infrastructure.Tests.Persistence;

/// <summary>The portal's database on a real SQLite file in a temporary folder, with the services the portal registers.</summary>
public sealed class SqlitePortalDatabase : IAsyncDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("iamportal-db-").FullName;

    public SqlitePortalDatabase()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Portal:DataPath"] = _dir }).Build();
        Services = new ServiceCollection().AddPortalPersistence(configuration, _dir).BuildServiceProvider();
    }

    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Applies the migrations up to <paramref name="migration"/> (all of them when null), as the portal does at start.</summary>
    public async Task MigrateAsync(string? migration = null)
    {
        await using var db = await Get<IPortalDbContextFactory>().CreateAsync();
        await db.GetService<IMigrator>().MigrateAsync(migration);
    }

    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var db = await Get<IPortalDbContextFactory>().CreateAsync();
        await db.Database.ExecuteSqlRawAsync(sql, parameters);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
