using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using IamPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;

namespace IamPortal.Web.Extensions;

/// <summary>
/// ASP.NET Core Data Protection (session cookies, antiforgery) with its key ring in the portal's database, so a restart
/// keeps sessions valid; encrypted at rest with a certificate when <c>DataProtection:CertificatePath</c> names one.
/// </summary>
public static class DataProtectionExtensions
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";

    public static WebApplicationBuilder AddPortalDataProtection(this WebApplicationBuilder builder)
    {
        var dataProtection = builder.Services.AddDataProtection()
            .SetApplicationName("IamPortal")
            .PersistKeysToPortalDatabase(builder.Configuration, builder.Environment.ContentRootPath);
        if (LoadCertificate(builder.Configuration) is { } certificate) dataProtection.ProtectKeysWithCertificate(certificate);
        else if (!builder.Environment.IsDevelopment())
            builder.Services.AddHostedService<UnencryptedKeyRingWarning>();
        return builder;
    }

    /// <summary>The PFX named by the settings, or null when none is; a named one that cannot be used stops the start.</summary>
    public static X509Certificate2? LoadCertificate(IConfiguration configuration)
    {
        var path = configuration[CertificatePathKey];
        if (string.IsNullOrWhiteSpace(path)) return null;
        if (!File.Exists(path))
            throw new InvalidOperationException($"{CertificatePathKey} names '{path}', which does not exist. Mount the PFX there or remove the setting.");
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordKey]);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"The certificate at {CertificatePathKey} has no private key; the key ring could not be decrypted.");
        }
        catch (CryptographicException e)
        {
            throw new InvalidOperationException(
                $"The certificate at {CertificatePathKey} ('{path}') could not be opened: {e.Message} Check {CertificatePasswordKey}.", e);
        }
    }

    private sealed class UnencryptedKeyRingWarning(ILogger<UnencryptedKeyRingWarning> log) : IHostedService
    {
        public Task StartAsync(CancellationToken cancellationToken)
        {
            log.LogWarning("Data Protection keys are stored unencrypted in the portal's database; set {Setting} to a PFX to encrypt them.", CertificatePathKey);
            return Task.CompletedTask;
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
