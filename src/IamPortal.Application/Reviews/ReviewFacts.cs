using IamPortal.Application.Inventory;

namespace IamPortal.Application.Reviews;

/// <summary>A member's facts from their inventory row, and the recommendation they lead to.</summary>
public static class ReviewFacts
{
    public static MemberFacts Of(UserInventoryRow user, DateTimeOffset now)
    {
        var keys = new[] { user.AccessKey1, user.AccessKey2 }
            .Select((k, i) => (Slot: i + 1, Key: k))
            .Where(k => k.Key is { } s && (s.Active || s.LastRotated is not null))
            .Select(k => new ReviewKeyFact(k.Slot, k.Key!.Active, k.Key.LastRotated is { } r ? (int)(now - r).TotalDays : null, k.Key.LastUsed))
            .ToList();
        return new MemberFacts
        {
            ConsoleLastUsed = user.PasswordLastUsed,
            Keys = keys,
            LastActivity = user.LastActivity,
            MfaActive = user.MfaActive,
            ConsoleAccess = user.PasswordEnabled,
            ProgrammaticAccess = user.ActiveKeyCount > 0,
            OldestActiveKeyAgeDays = user.ActiveKeyAgeDays,
            UserCreated = user.CreateDate,
        };
    }

    /// <summary>
    /// Revoke when the member has not used the account (console or any key) for the threshold's days, counting from
    /// creation when never used; otherwise approve. The reason is what the reviewer reads.
    /// </summary>
    public static (Recommendation Recommendation, string Reason) Recommend(MemberFacts facts, int thresholdDays, DateTimeOffset now)
    {
        if (facts.LastActivity is { } last)
        {
            var days = Math.Max(0, (int)(now - last).TotalDays);
            return days >= thresholdDays
                ? (Recommendation.Revoke, $"no activity for {days} days")
                : (Recommendation.Approve, days == 0 ? "active today" : $"active {days} days ago");
        }
        var age = Math.Max(0, (int)(now - facts.UserCreated).TotalDays);
        return age >= thresholdDays
            ? (Recommendation.Revoke, $"never used in {age} days since it was created")
            : (Recommendation.Approve, $"created {age} days ago, not used yet");
    }
}
