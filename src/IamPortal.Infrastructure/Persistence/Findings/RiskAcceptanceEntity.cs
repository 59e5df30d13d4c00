using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IamPortal.Infrastructure.Persistence.Findings;

/// <summary>One risk acceptance: which check and resource, who owns it and why, when it ends; revocation keeps the row.</summary>
public sealed class RiskAcceptanceEntity
{
    public Guid Id { get; set; }
    public string AccountId { get; set; } = "";
    public string CheckId { get; set; } = "";
    public string ResourceId { get; set; } = "";
    public string ResourceName { get; set; } = "";
    public string Owner { get; set; } = "";
    public string Justification { get; set; } = "";
    public DateTime AcceptedAtUtc { get; set; }
    public string AcceptedBy { get; set; } = "";
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? RevokedAtUtc { get; set; }
    public string? RevokedBy { get; set; }
}

public sealed class RiskAcceptanceEntityConfiguration : IEntityTypeConfiguration<RiskAcceptanceEntity>
{
    public void Configure(EntityTypeBuilder<RiskAcceptanceEntity> e)
    {
        e.ToTable("RiskAcceptances");
        e.HasKey(x => x.Id);
        e.Property(x => x.AccountId).HasMaxLength(32);
        e.Property(x => x.CheckId).HasMaxLength(128);
        e.Property(x => x.ResourceId).HasMaxLength(512);
        e.Property(x => x.ResourceName).HasMaxLength(512);
        e.Property(x => x.Owner).HasMaxLength(128);
        e.Property(x => x.Justification).HasMaxLength(1000);
        e.Property(x => x.AcceptedBy).HasMaxLength(256);
        e.Property(x => x.RevokedBy).HasMaxLength(256);
        e.HasIndex(x => new { x.AccountId, x.CheckId, x.ResourceId });
    }
}
