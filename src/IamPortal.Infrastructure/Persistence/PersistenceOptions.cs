using Microsoft.Extensions.Configuration;
using Npgsql;

namespace IamPortal.Infrastructure.Persistence;

public enum DatabaseProvider { Sqlite, Postgres }

/// <summary>
/// Where the portal keeps its own data. `ConnectionStrings:Portal` selects PostgreSQL when it looks like one
/// (Host=... or Server=..., or a postgres:// URL), or a SQLite connection string; otherwise a SQLite file
/// `iamportal.db` in `Portal:DataPath`.
/// </summary>
public sealed record PersistenceOptions(DatabaseProvider Provider, string ConnectionString)
{
    public static PersistenceOptions From(IConfiguration configuration, string contentRoot)
    {
        var configured = configuration.GetConnectionString("Portal");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            if (configured.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
                || configured.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
                return new(DatabaseProvider.Postgres, FromPostgresUrl(configured));
            var isPostgres = configured.Contains("Host=", StringComparison.OrdinalIgnoreCase)
                             || configured.Contains("Server=", StringComparison.OrdinalIgnoreCase);
            return new(isPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite, configured);
        }
        var dataPath = DataPath(configuration, contentRoot);
        Directory.CreateDirectory(dataPath);
        return new(DatabaseProvider.Sqlite, $"Data Source={Path.Combine(dataPath, "iamportal.db")}");
    }

    /// <summary>`Portal:DataPath`, relative to the content root; default App_Data.</summary>
    public static string DataPath(IConfiguration configuration, string contentRoot) =>
        Path.GetFullPath(configuration["Portal:DataPath"] is { Length: > 0 } p ? p : "App_Data", contentRoot);

    /// <summary>
    /// postgres://user:password@host:port/database?Keyword=value, as hosting platforms hand it out, in the keyword form
    /// that is the only one Npgsql reads. Query parameters are Npgsql keywords (sslmode=require works).
    /// </summary>
    private static string FromPostgresUrl(string url)
    {
        var uri = new Uri(url);
        var builder = new NpgsqlConnectionStringBuilder { Host = uri.DnsSafeHost };
        if (uri.Port > 0) builder.Port = uri.Port;
        var user = uri.UserInfo.Split(':', 2);
        if (user[0].Length > 0) builder.Username = Uri.UnescapeDataString(user[0]);
        if (user.Length == 2) builder.Password = Uri.UnescapeDataString(user[1]);
        if (Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/')) is { Length: > 0 } database) builder.Database = database;
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var keyValue = pair.Split('=', 2);
            builder[Uri.UnescapeDataString(keyValue[0])] = keyValue.Length == 2 ? Uri.UnescapeDataString(keyValue[1]) : "";
        }
        return builder.ConnectionString;
    }
}
