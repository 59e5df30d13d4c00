using Microsoft.Extensions.Configuration;

namespace IamPortal.Infrastructure.Persistence;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Where the portal keeps its own data. `ConnectionStrings:Portal` selects PostgreSQL when it looks like one
/// (Host=...), or a SQLite connection string; otherwise a SQLite file `iamportal.db` in `Portal:DataPath`.
/// </summary>
public sealed record PersistenceOptions(DatabaseProvider Provider, string ConnectionString)
{
    public static PersistenceOptions From(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString("Portal");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var isPostgres = configured.Contains("Host=", StringComparison.OrdinalIgnoreCase)
                             || configured.StartsWith("postgres", StringComparison.OrdinalIgnoreCase);
            return new(isPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, configured);
        }
        var dataPath = DataPath(configuration, contentRoot);
        Directory.CreateDirectory(dataPath);
        return new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataPath, "iamportal.db")}");
    }

    /// <summary>`Portal:DataPath`, relative to the content root; default App_Data.</summary>
    public static string DataPath(IConfiguration configuration, string contentRoot) =>
        Path.GetFullPath(configuration["Portal:DataPath"] is { Length: > 0 } p ? p : "App_Data", contentRoot);
}
