namespace IamPortal.Infrastructure.Tests.Persistence;

/// <summary>The portal's database on a real SQLite file in a temporary folder (the portal's default: Portal:DataPath).</summary>
public sealed class SqlitePortalDatabase : PortalDatabase
{
    private readonly string _dir;

    public SqlitePortalDatabase() : this(Directory.CreateTempSubdirectory("iamportal-db-").FullName) { }

    private SqlitePortalDatabase(string dir) : base(new Dictionary<string, string?> { ["Portal:DataPath"] = dir }, dir) => _dir = dir;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_dir, recursive: true);
    }
}
