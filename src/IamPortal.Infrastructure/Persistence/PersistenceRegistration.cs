using IamPortal.Application.Audit;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Jobs;
using IamPortal.Application.Trends;
using IamPortal.Application.Reports;
using IamPortal.Infrastructure.Notifications;
using IamPortal.Infrastructure.Persistence.Reports;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IamPortal.Infrastructure.Persistence;

public static class PersistenceRegistration
{
    /// <summary>The portal's database (SQLite by default, PostgreSQL by connection string): audit log, jobs, settings.</summary>
    public static IServiceCollection AddPortalPersistence(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = PersistenceOptions.From(configuration, contentRoot);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        if (options.Provider == DatabaseProvider.Postgres)
        {
            services.AddDbContextFactory<PostgresPortalDbContext>(o => o.UseNpgsql(options.ConnectionString));
            services.AddSingleton<IPortalDbContextFactory, PortalDbContextFactory<PostgresPortalDbContext>>();
        }
        else
        {
            services.AddDbContextFactory<SqlitePortalDbContext>(o => o.UseSqlite(options.ConnectionString));
            services.AddSingleton<IPortalDbContextFactory, PortalDbContextFactory<SqlitePortalDbContext>>();
        }
        services.AddSingleton<IAuditLog, EfAuditLog>();
        services.AddSingleton<IJobStore, EfJobStore>();
        services.AddSingleton<IJobLeases, EfJobLeases>();
        services.AddSingleton<IGuardrailsStore, EfGuardrailsStore>();
        services.AddSingleton<IamPortal.Application.Reviews.IReviewStore, Reviews.EfReviewStore>();
        services.AddSingleton<ITrendStore, Trends.EfTrendStore>(); // Trends and evidence (ADR 0023)
        services.AddSingleton<IamPortal.Application.Findings.IRiskAcceptanceStore, Findings.EfRiskAcceptanceStore>();
        // Review reminders: their outbox lives in this database; with it, the SMTP and webhook senders (ADR 0020).
        services.AddNotificationTransports();
        // Reports: the credential report archive, fed by each inventory refresh through its sink (ADR 0022).
        services.AddSingleton<ICredentialReportArchive, EfCredentialReportArchive>();
        services.TryAddScoped<ICredentialReportSink, CredentialReportArchiveSink>();
        return services;
    }

    /// <summary>Keeps ASP.NET Core's Data Protection keys in the portal's database, so a restart keeps sessions valid.</summary>
    public static IDataProtectionBuilder PersistKeysToPortalDatabase(this IDataProtectionBuilder builder, IConfiguration configuration, string contentRoot) =>
        PersistenceOptions.From(configuration, contentRoot).Provider == DatabaseProvider.Postgres
            ? builder.PersistKeysToDbContext<PostgresPortalDbContext>()
            : builder.PersistKeysToDbContext<SqlitePortalDbContext>();

    /// <summary>Applies pending migrations at start.</summary>
    public static async Task MigratePortalDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IPortalDbContextFactory>();
        await using var db = await factory.CreateAsync(ct);
        await db.Database.MigrateAsync(ct);
    }
}
