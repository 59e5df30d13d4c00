using IamPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Infrastructure.Tests.Persistence;

/// <summary>
/// The Data Protection key ring in the portal's database (SQLite and PostgreSQL), registered as the portal registers it:
/// what one instance protects (a session cookie, an antiforgery token) another instance on the same database opens.
/// </summary>
public abstract class DataProtectionKeyTests(DatabaseProvider provider) : PortalDatabaseTests(provider)
{
    public sealed class OnSqlite() : DataProtectionKeyTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : DataProtectionKeyTests(DatabaseProvider.Postgres);

    /// <summary>The purpose ASP.NET Core's cookie authentication protects its tickets with (scheme "Cookies").</summary>
    private static readonly string[] CookiePurpose = ["Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationMiddleware", "Cookies", "v2"];

    /// <summary>A portal instance's Data Protection, as the Web host registers it (application name, keys in the portal's database).</summary>
    private IDataProtector StartInstance() => Db.StartInstance(s => s.AddDataProtection().SetApplicationName("IamPortal")
            .PersistKeysToPortalDatabase(Db.Configuration, Db.ContentRoot))
        .GetRequiredService<IDataProtectionProvider>().CreateProtector(CookiePurpose[0], CookiePurpose[1..]);

    [SkippableFact]
    public async Task KeyRing_WrittenByOneInstance_OpensWhatItProtectedOnAnother()
    {
        var first = StartInstance();
        var cookie = first.Protect("session of ann@example.com");

        var second = StartInstance();

        second.Unprotect(cookie).Should().Be("session of ann@example.com");
        first.Unprotect(second.Protect("antiforgery")).Should().Be("antiforgery", "both instances use the one key in the database");
        await using var db = await Db.Get<IPortalDbContextFactory>().CreateAsync();
        (await db.DataProtectionKeys.ToListAsync()).Should().ContainSingle().Which.Xml.Should().Contain("<masterKey");
    }
}
