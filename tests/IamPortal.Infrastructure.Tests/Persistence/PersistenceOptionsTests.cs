using IamPortal.Application.Guardrails;
using IamPortal.Infrastructure.Persistence;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IamPortal.Infrastructure.Tests.Persistence;

/// <summary>ConnectionStrings:Portal selects the provider; PostgreSQL in keyword form or as a postgres:// URL.</summary>
public sealed class PersistenceOptionsTests
{
    private static PersistenceOptions From(string? connectionString) => PersistenceOptions.From(
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = connectionString }).Build(),
        Path.GetTempPath());

    [Theory]
    [InlineData("Host=db;Database=iamportal;Username=portal", DatabaseProvider.Postgres)]
    [InlineData("Server=db;Database=iamportal;Username=portal", DatabaseProvider.Postgres)]
    [InlineData("postgresql://portal@db/iamportal", DatabaseProvider.Postgres)]
    [InlineData("postgres://portal@db/iamportal", DatabaseProvider.Postgres)]
    [InlineData("Data Source=/var/lib/iamportal/portal.db", DatabaseProvider.Sqlite)]
    public void From_ConnectionString_SelectsTheProvider(string connectionString, DatabaseProvider provider)
    {
        From(connectionString).Provider.Should().Be(provider);
    }

    [Fact]
    public void From_PostgresUrl_BecomesAConnectionStringNpgsqlAccepts()
    {
        var options = From("postgresql://portal:p%40ss%3Bword@db.internal:6432/iam_portal?sslmode=require&Maximum%20Pool%20Size=20");

        var parsed = new NpgsqlConnectionStringBuilder(options.ConnectionString);
        (parsed.Host, parsed.Port, parsed.Username, parsed.Password, parsed.Database, parsed.SslMode, parsed.MaxPoolSize)
            .Should().Be(("db.internal", 6432, "portal", "p@ss;word", "iam_portal", SslMode.Require, 20));
    }

    [Fact]
    public void From_PostgresUrlWithoutPortOrPassword_KeepsNpgsqlDefaults()
    {
        var parsed = new NpgsqlConnectionStringBuilder(From("postgres://portal@db/iamportal").ConnectionString);

        (parsed.Host, parsed.Port, parsed.Username, parsed.Password, parsed.Database).Should().Be(("db", 5432, "portal", null, "iamportal"));
    }

    /// <summary>On the PostgreSQL server of the persistence tests: the portal's start (migrations) and a write through a URL.</summary>
    public sealed class OnPostgres
    {
        [SkippableFact]
        public async Task From_PostgresUrl_MigratesAndWritesAsAtStart()
        {
            await using var db = await PostgresPortalDatabase.CreateAsync();
            var keywords = new NpgsqlConnectionStringBuilder(db.ConnectionString);
            var url = $"postgresql://{Uri.EscapeDataString(keywords.Username!)}:{Uri.EscapeDataString(keywords.Password ?? "")}"
                      + $"@{keywords.Host}:{keywords.Port}/{keywords.Database}";
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = url }).Build();
            await using var portal = new ServiceCollection().AddPortalPersistence(configuration, Path.GetTempPath()).BuildServiceProvider();

            await portal.MigratePortalDatabaseAsync();
            await portal.GetRequiredService<IGuardrailsStore>().SaveAsync(new Guardrails { DefaultPath = "/from-url/" });

            (await db.Get<IGuardrailsStore>().GetAsync()).DefaultPath.Should().Be("/from-url/");
        }
    }
}
