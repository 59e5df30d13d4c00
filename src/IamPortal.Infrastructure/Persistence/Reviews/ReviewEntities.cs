using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IamPortal.Infrastructure.Persistence.Reviews;

/// <summary>One owner of one group in one account (portal data: IAM groups cannot be tagged).</summary>
public sealed class GroupOwnerEntity
{
    public string AccountId { get; set; } = "";
    public string GroupName { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
}

/// <summary>The account's fallback reviewer for orphaned groups.</summary>
public sealed class FallbackReviewerEntity
{
    public string AccountId { get; set; } = "";
    public string Subject { get; set; } = "";
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
}

/// <summary>An operator who signed in (owners are chosen from them).</summary>
public sealed class KnownOperatorEntity
{
    public string Subject { get; set; } = "";
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public DateTime FirstSignInUtc { get; set; }
    public DateTime LastSignInUtc { get; set; }
}

/// <summary>A campaign: the columns the scheduler queries on, and the whole record as JSON.</summary>
public sealed class ReviewCampaignEntity
{
    public Guid Id { get; set; }
    public string AccountId { get; set; } = "";
    public string State { get; set; } = "";
    public DateTime StartAtUtc { get; set; }
    public DateTime DueAtUtc { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public string Json { get; set; } = "";
}

/// <summary>One snapshot item (its facts as JSON) with its outcome columns.</summary>
public sealed class ReviewItemEntity
{
    public Guid Id { get; set; }
    public Guid CampaignId { get; set; }
    public string GroupName { get; set; } = "";
    public string UserName { get; set; } = "";
    public string SnapshotJson { get; set; } = "";
    public string? FinalVerdict { get; set; }
    public bool DecidedByDefault { get; set; }
    public string ApplyResult { get; set; } = "";
    public string? ApplyError { get; set; }
    public string? AppliedBy { get; set; }
    public DateTime? AppliedAtUtc { get; set; }
}

/// <summary>One decision; every decision is kept, the latest one (by sequence) wins.</summary>
public sealed class ReviewDecisionEntity
{
    public long Sequence { get; set; }
    public Guid Id { get; set; }
    public Guid ItemId { get; set; }
    public Guid CampaignId { get; set; }
    public string Verdict { get; set; } = "";
    public string Justification { get; set; } = "";
    public string DecidedBySubject { get; set; } = "";
    public string DecidedByName { get; set; } = "";
    public DateTime DecidedAtUtc { get; set; }
    public bool FromRecommendation { get; set; }
}

internal sealed class GroupOwnerConfiguration : IEntityTypeConfiguration<GroupOwnerEntity>
{
    public void Configure(EntityTypeBuilder<GroupOwnerEntity> e)
    {
        e.ToTable("ReviewGroupOwners");
        e.HasKey(x => new { x.AccountId, x.GroupName, x.Subject });
        e.Property(x => x.AccountId).HasMaxLength(32);
        e.Property(x => x.GroupName).HasMaxLength(128);
        e.Property(x => x.Subject).HasMaxLength(256);
        e.Property(x => x.Email).HasMaxLength(256);
        e.Property(x => x.DisplayName).HasMaxLength(256);
    }
}

internal sealed class FallbackReviewerConfiguration : IEntityTypeConfiguration<FallbackReviewerEntity>
{
    public void Configure(EntityTypeBuilder<FallbackReviewerEntity> e)
    {
        e.ToTable("ReviewFallbackReviewers");
        e.HasKey(x => x.AccountId);
        e.Property(x => x.AccountId).HasMaxLength(32);
        e.Property(x => x.Subject).HasMaxLength(256);
        e.Property(x => x.Email).HasMaxLength(256);
        e.Property(x => x.DisplayName).HasMaxLength(256);
    }
}

internal sealed class KnownOperatorConfiguration : IEntityTypeConfiguration<KnownOperatorEntity>
{
    public void Configure(EntityTypeBuilder<KnownOperatorEntity> e)
    {
        e.ToTable("ReviewOperators");
        e.HasKey(x => x.Subject);
        e.Property(x => x.Subject).HasMaxLength(256);
        e.Property(x => x.Email).HasMaxLength(256);
        e.Property(x => x.DisplayName).HasMaxLength(256);
        e.HasIndex(x => x.LastSignInUtc);
    }
}

internal sealed class ReviewCampaignConfiguration : IEntityTypeConfiguration<ReviewCampaignEntity>
{
    public void Configure(EntityTypeBuilder<ReviewCampaignEntity> e)
    {
        e.ToTable("ReviewCampaigns");
        e.HasKey(x => x.Id);
        e.Property(x => x.AccountId).HasMaxLength(32);
        e.Property(x => x.State).HasMaxLength(32);
        e.HasIndex(x => new { x.AccountId, x.State });
    }
}

internal sealed class ReviewItemConfiguration : IEntityTypeConfiguration<ReviewItemEntity>
{
    public void Configure(EntityTypeBuilder<ReviewItemEntity> e)
    {
        e.ToTable("ReviewItems");
        e.HasKey(x => x.Id);
        e.Property(x => x.GroupName).HasMaxLength(128);
        e.Property(x => x.UserName).HasMaxLength(64);
        e.Property(x => x.FinalVerdict).HasMaxLength(32);
        e.Property(x => x.ApplyResult).HasMaxLength(32);
        e.Property(x => x.AppliedBy).HasMaxLength(256);
        e.HasIndex(x => x.CampaignId);
    }
}

internal sealed class ReviewDecisionConfiguration : IEntityTypeConfiguration<ReviewDecisionEntity>
{
    public void Configure(EntityTypeBuilder<ReviewDecisionEntity> e)
    {
        e.ToTable("ReviewDecisions");
        e.HasKey(x => x.Sequence);
        e.Property(x => x.Sequence).ValueGeneratedOnAdd();
        e.Property(x => x.Verdict).HasMaxLength(32);
        e.Property(x => x.DecidedBySubject).HasMaxLength(256);
        e.Property(x => x.DecidedByName).HasMaxLength(256);
        e.HasIndex(x => x.ItemId);
        e.HasIndex(x => x.CampaignId);
        e.HasIndex(x => x.Id).IsUnique();
    }
}
