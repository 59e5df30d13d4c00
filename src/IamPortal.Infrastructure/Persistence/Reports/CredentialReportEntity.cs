using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IamPortal.Infrastructure.Persistence.Reports;

/// <summary>One archived credential report: the original CSV gzip-compressed, its SHA-256 (of the CSV as IAM sent it) and its times.</summary>
public sealed class CredentialReportEntity
{
    public Guid Id { get; set; }
    public string AccountId { get; set; } = "";
    public DateTime GeneratedAtUtc { get; set; }
    public DateTime ArchivedAtUtc { get; set; }
    public int UserRows { get; set; }
    public long CsvBytes { get; set; }
    public string Sha256 { get; set; } = "";
    public byte[] CompressedCsv { get; set; } = [];
}

public sealed class CredentialReportEntityConfiguration : IEntityTypeConfiguration<CredentialReportEntity>
{
    public void Configure(EntityTypeBuilder<CredentialReportEntity> e)
    {
        e.ToTable("CredentialReports");
        e.HasKey(x => x.Id);
        e.Property(x => x.AccountId).HasMaxLength(32);
        e.Property(x => x.Sha256).HasMaxLength(64);
        // IAM generates at most one report per 4 hours: the same generation downloaded twice is one row.
        e.HasIndex(x => new { x.AccountId, x.GeneratedAtUtc }).IsUnique();
    }
}
