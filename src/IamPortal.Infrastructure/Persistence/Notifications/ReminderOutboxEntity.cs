using IamPortal.Application.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IamPortal.Infrastructure.Persistence.Notifications;

/// <summary>
/// One review reminder for one channel in the outbox: the dedupe key (campaign, reviewer, kind, channel) as columns,
/// the reminder itself as JSON, and its delivery state (attempts, next attempt, the instance that claimed it and until
/// when, the last error without secrets).
/// </summary>
public sealed class ReminderOutboxEntity
{
    public Guid Id { get; set; }
    public Guid CampaignId { get; set; }
    public string ReviewerSubject { get; set; } = "";
    public ReviewReminderKind Kind { get; set; }
    public ReminderChannel Channel { get; set; }
    public ReminderDeliveryStatus Status { get; set; }
    public string AccountId { get; set; } = "";
    public string ReminderJson { get; set; } = "";
    public int Attempts { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime NextAttemptAtUtc { get; set; }
    public string? ClaimedBy { get; set; }
    public DateTime? ClaimedUntilUtc { get; set; }
    public DateTime? SentAtUtc { get; set; }
    public string? LastError { get; set; }
}

public sealed class ReminderOutboxEntityConfiguration : IEntityTypeConfiguration<ReminderOutboxEntity>
{
    public void Configure(EntityTypeBuilder<ReminderOutboxEntity> e)
    {
        e.ToTable("ReminderOutbox");
        e.HasKey(x => x.Id);
        e.Property(x => x.ReviewerSubject).HasMaxLength(256);
        e.Property(x => x.Kind).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Channel).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.Status).HasConversion<string>().HasMaxLength(32);
        e.Property(x => x.AccountId).HasMaxLength(32);
        e.Property(x => x.ClaimedBy).HasMaxLength(200);
        e.Property(x => x.LastError).HasMaxLength(2000);
        // The dedupe: the same reminder queued twice (a scheduler round run again, two instances) is one row.
        e.HasIndex(x => new { x.CampaignId, x.ReviewerSubject, x.Kind, x.Channel }).IsUnique();
        e.HasIndex(x => new { x.Status, x.NextAttemptAtUtc });
    }
}
