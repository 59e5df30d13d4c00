using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Web.Components;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Host;

/// <summary>The Data Protection key ring lives in the portal's database, encrypted with a certificate when one is configured.</summary>
public sealed class DataProtectionTests : IDisposable
{
    private readonly string _dataPath = Directory.CreateTempSubdirectory("iamportal-dp-").FullName;

    private WebApplicationFactory<App> Portal(string? certificatePath = null, string? password = null) =>
        new DemoPortalFactory().WithWebHostBuilder(b => b
            .UseSetting("Portal:DataPath", _dataPath)
            .UseSetting("DataProtection:CertificatePath", certificatePath ?? "")
            .UseSetting("DataProtection:CertificatePassword", password ?? ""));

    /// <summary>A self-signed certificate with its private key, as dp.pfx in the data folder.</summary>
    private async Task<string> WritePfxAsync(string password)
    {
        var path = Path.Combine(_dataPath, "dp.pfx");
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=IamPortal Data Protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        await File.WriteAllBytesAsync(path, certificate.Export(X509ContentType.Pfx, password));
        return path;
    }

    private static async Task<IReadOnlyList<string>> KeyRingAsync(IServiceProvider services)
    {
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("payload"); // makes the first key
        await using var db = await services.GetRequiredService<IPortalDbContextFactory>().CreateAsync();
        return await db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync();
    }

    [Fact]
    public async Task KeyRing_WithCertificate_StoredEncryptedAndStillUsableAfterRestart()
    {
        var pfx = await WritePfxAsync("pfx-pass");
        string protectedPayload;
        await using (var first = Portal(pfx, "pfx-pass"))
        {
            var keys = await KeyRingAsync(first.Services);
            keys.Should().NotBeEmpty().And.OnlyContain(x => x.Contains("encryptedSecret") && !x.Contains("<masterKey"));
            protectedPayload = first.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Protect("session");
        }

        await using var restarted = Portal(pfx, "pfx-pass");
        restarted.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test").Unprotect(protectedPayload).Should().Be("session");
    }

    [Fact]
    public async Task KeyRing_WithoutCertificate_StoredInTheDatabase()
    {
        await using var portal = Portal();

        (await KeyRingAsync(portal.Services)).Should().ContainSingle().Which.Should().Contain("<masterKey");
    }

    [Theory]
    [InlineData("missing.pfx", null, "does not exist")]
    [InlineData("dp.pfx", "wrong", "could not be opened")]
    public async Task Start_CertificateUnusable_RefusesNamingTheSetting(string file, string? password, string reason)
    {
        await WritePfxAsync("right");
        await using var portal = Portal(Path.Combine(_dataPath, file), password);

        var start = () => portal.Services;

        start.Should().Throw<Exception>().Which.ToString().Should().Contain("DataProtection:CertificatePath").And.Contain(reason);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_dataPath, recursive: true); } catch (IOException) { }
    }
}
