using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IamPortal.Infrastructure.Persistence.Trends;

/// <summary>
/// One hygiene snapshot: the summary as JSON (small, read for lists and charts without decompressing), the canonical
/// document gzip-compressed, and its SHA-256 (of the uncompressed canonical bytes).
/// </summary>
public sealed class TrendSnapshotEntity
{
    public Guid Id { get; set; }
    public string AccountId { get; set; } = "";
    public DateTime TakenAtUtc { get; set; }
    public string TakenBy { get; set; } = "";
    public string Sha256 { get; set; } = "";
    public string SummaryJson { get; set; } = "";
    public byte[] Content { get; set; } = [];
}

public sealed class TrendSnapshotEntityConfiguration : IEntityTypeConfiguration<TrendSnapshotEntity>
{
    public void Configure(EntityTypeBuilder<TrendSnapshotEntity> e)
    {
        e.ToTable("TrendSnapshots");
        e.HasKey(x => x.Id);
        e.Property(x => x.AccountId).HasMaxLength(32);
        e.Property(x => x.TakenBy).HasMaxLength(256);
        e.Property(x => x.Sha256).HasMaxLength(64);
        e.HasIndex(x => new { x.AccountId, x.TakenAtUtc });
    }
}
