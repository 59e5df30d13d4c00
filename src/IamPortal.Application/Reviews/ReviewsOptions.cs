namespace IamPortal.Application.Reviews;

/// <summary>The <c>Reviews</c> section: the scheduler's rhythm and the portal's public address for reminder links.</summary>
public sealed class ReviewsOptions
{
    public const string Section = "Reviews";

    /// <summary>The portal's address as reviewers reach it; reminders link to {PortalUrl}/reviews/{campaignId}.</summary>
    public string PortalUrl { get; set; } = "http://localhost:5000";

    /// <summary>How often the scheduler looks at campaigns (start, reminders, due, apply). Zero or less: off.</summary>
    public TimeSpan SchedulerInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The DueSoon reminder goes out this long before the due date.</summary>
    public TimeSpan DueSoonBefore { get; set; } = TimeSpan.FromDays(1);

    /// <summary>Demo mode only: assign owners to the seeded groups when the account has none yet (ReviewDemoSeeder).</summary>
    public bool SeedDemoOwners { get; set; } = true;

    public Uri ReviewLink(Guid campaignId) => new(new Uri(PortalUrl.TrimEnd('/') + "/"), $"reviews/{campaignId}");
}
