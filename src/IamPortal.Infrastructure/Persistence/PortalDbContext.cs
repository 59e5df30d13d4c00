using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace IamPortal.Infrastructure.Persistence;

/// <summary>
/// The portal's own store: the audit trail and the Data Protection keys (so a restart keeps sessions valid).
/// One subclass per provider carries that provider's migrations (EF ties a migration to a context type).
/// </summary>
public abstract class PortalDbContext(DbContextOptions options) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<AuditEntryEntity> AuditEntries => Set<AuditEntryEntity>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<JobEntity> Jobs => Set<JobEntity>();
    public DbSet<SettingEntity> Settings => Set<SettingEntity>();
    public DbSet<LeaseEntity> Leases => Set<LeaseEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AuditEntryEntity>(e =>
        {
            e.ToTable("AuditEntries");
            e.HasKey(x => x.Sequence);
            e.Property(x => x.Sequence).ValueGeneratedNever();
            e.Property(x => x.OperatorSubject).HasMaxLength(256);
            e.Property(x => x.OperatorName).HasMaxLength(256);
            e.Property(x => x.OperatorEmail).HasMaxLength(256);
            e.Property(x => x.Provider).HasMaxLength(64);
            e.Property(x => x.Role).HasMaxLength(32);
            e.Property(x => x.AccountId).HasMaxLength(32);
            e.Property(x => x.Action).HasMaxLength(128);
            e.Property(x => x.Target).HasMaxLength(2048);
            e.Property(x => x.Outcome).HasMaxLength(64);
            e.Property(x => x.CorrelationId).HasMaxLength(64);
            e.Property(x => x.PreviousHash).HasMaxLength(64);
            e.Property(x => x.Hash).HasMaxLength(64);
            e.HasIndex(x => x.TimestampUtc);
            e.HasIndex(x => x.Action);
            e.HasIndex(x => x.OperatorSubject);
        });
        modelBuilder.Entity<JobEntity>(e =>
        {
            e.ToTable("Jobs");
            e.HasKey(x => x.Id);
            e.Property(x => x.AccountId).HasMaxLength(32);
            e.Property(x => x.Kind).HasMaxLength(64);
            e.Property(x => x.Target).HasMaxLength(256);
            e.Property(x => x.Status).HasMaxLength(32);
            e.HasIndex(x => new { x.Kind, x.Target });
            e.HasIndex(x => x.UpdatedAtUtc);
        });
        modelBuilder.Entity<SettingEntity>(e =>
        {
            e.ToTable("Settings");
            e.HasKey(x => x.Key);
            e.Property(x => x.Key).HasMaxLength(128);
        });
        modelBuilder.Entity<LeaseEntity>(e =>
        {
            e.ToTable("Leases");
            e.HasKey(x => x.Name);
            e.Property(x => x.Name).HasMaxLength(400);
            e.Property(x => x.Holder).HasMaxLength(200);
        });
        // Each feature's tables (Reviews, Findings, Reports, Notifications) are configured beside their store, in its
        // own IEntityTypeConfiguration, so a feature adds a table without touching this file.
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
    }
}

public sealed class SqlitePortalDbContext(DbContextOptions<SqlitePortalDbContext> options) : PortalDbContext(options);

public sealed class PostgresPortalDbContext(DbContextOptions<PostgresPortalDbContext> options) : PortalDbContext(options);
