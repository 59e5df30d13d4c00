using IamPortal.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Infrastructure.Tests.Persistence;

/// <summary>
/// The portal's database with the services the portal registers (AddPortalPersistence over the portal's own settings),
/// fresh for each test: a SQLite file in a temporary folder or a PostgreSQL database of its own.
/// </summary>
public abstract class PortalDatabase : IAsyncDisposable
{
    private readonly List<ServiceProvider> _instances = [];

    protected PortalDatabase(IReadOnlyDictionary<string, string?> settings, string contentRoot)
    {
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        ContentRoot = contentRoot;
        Services = StartInstance();
    }

    public static async Task<PortalDatabase> CreateAsync(DatabaseProvider provider) => provider switch
    {
        DatabaseProvider.Sqlite => new SqlitePortalDatabase(),
        DatabaseProvider.Postgres => await PostgresPortalDatabase.CreateAsync(),
        _ => throw new ArgumentOutOfRangeException(nameof(provider)),
    };

    /// <summary>The settings the portal would read (Portal:DataPath or ConnectionStrings:Portal).</summary>
    public IConfiguration Configuration { get; }

    public string ContentRoot { get; }

    /// <summary>The first portal instance's services.</summary>
    public ServiceProvider Services { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>Another portal instance on the same database: its own services, as a second process would have.</summary>
    public ServiceProvider StartInstance(Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection().AddPortalPersistence(Configuration, ContentRoot);
        configure?.Invoke(services);
        var instance = services.BuildServiceProvider();
        _instances.Add(instance);
        return instance;
    }

    /// <summary>Applies the migrations up to <paramref name="migration"/> (its name, without the provider's timestamp; all of them when null), as the portal does at start.</summary>
    public async Task MigrateAsync(string? migration = null)
    {
        await using var db = await Get<IPortalDbContextFactory>().CreateAsync();
        await db.GetService<IMigrator>().MigrateAsync(migration);
    }

    /// <summary>SQL as someone with write access to the database would run it. Quote identifiers ("AuditEntries"): PostgreSQL folds unquoted ones to lower case.</summary>
    public async Task ExecuteAsync(string sql, params object[] parameters)
    {
        await using var db = await Get<IPortalDbContextFactory>().CreateAsync();
        await db.Database.ExecuteSqlRawAsync(sql, parameters);
    }

    public virtual async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances) await instance.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}
