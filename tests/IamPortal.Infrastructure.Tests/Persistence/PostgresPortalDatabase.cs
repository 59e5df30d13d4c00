using Npgsql;

namespace IamPortal.Infrastructure.Tests.Persistence;

/// <summary>
/// The portal's database on PostgreSQL: a database of its own (CREATE DATABASE with a unique name, dropped at the end)
/// on the server named by IAMPORTAL_TEST_POSTGRES, selected as the portal selects it (ConnectionStrings:Portal).
/// ./test.sh starts a throwaway server and sets the variable; without it the PostgreSQL tests are skipped, saying why.
/// </summary>
public sealed class PostgresPortalDatabase : PortalDatabase
{
    public const string ServerVariable = "IAMPORTAL_TEST_POSTGRES";

    private readonly string _server;
    private readonly string _name;

    private PostgresPortalDatabase(string server, string name, string connectionString)
        : base(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = connectionString }, AppContext.BaseDirectory)
    {
        _server = server;
        _name = name;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<PostgresPortalDatabase> CreateAsync()
    {
        var server = Environment.GetEnvironmentVariable(ServerVariable);
        Skip.If(string.IsNullOrWhiteSpace(server),
            $"{ServerVariable} is not set, so the PostgreSQL half did not run: ./test.sh starts a throwaway PostgreSQL and sets it.");
        var name = "iamportal_test_" + Guid.NewGuid().ToString("N");
        await ExecuteOnServerAsync(server, $"CREATE DATABASE \"{name}\"");
        return new PostgresPortalDatabase(server, name, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        await using (var connection = new NpgsqlConnection(ConnectionString)) NpgsqlConnection.ClearPool(connection);
        await ExecuteOnServerAsync(_server, $"DROP DATABASE IF EXISTS \"{_name}\" WITH (FORCE)");
    }

    private static async Task ExecuteOnServerAsync(string server, string sql)
    {
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
