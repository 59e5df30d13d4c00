using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Reviews;

/// <summary>Scheduled → Active → Ended → Applying → Applied; Cancelled from Scheduled or Active.</summary>
public enum CampaignState { Scheduled, Active, Ended, Applying, Applied, Cancelled }

/// <summary>What an item takes when nobody decided it by the end.</summary>
public enum DefaultDecision { NoChange, Revoke, Approve, TakeRecommendation }

/// <summary>Which decisions need a justification.</summary>
public enum JustificationRequirement { None, Approve, Revoke, Both }

/// <summary>A reviewer's answer. DontKnow keeps access and is recorded as such.</summary>
public enum ReviewVerdict { Approve, Revoke, DontKnow }

/// <summary>What the activity facts suggest for an item.</summary>
public enum Recommendation { Approve, Revoke }

/// <summary>The result of applying one item: Kept (no revocation), Removed, NotApplicable (member already gone), Failed, Pending.</summary>
public enum ApplyResult { Pending, Kept, Removed, NotApplicable, Failed }

/// <summary>Which groups a campaign covers: all, the chosen names, those under a path prefix, and/or at least a risk.</summary>
public sealed record CampaignScope(
    ReviewScopeKind Kind,
    IReadOnlyList<string> GroupNames,
    string? PathPrefix = null,
    RiskSeverity? MinimumRisk = null)
{
    public static CampaignScope All { get; } = new(ReviewScopeKind.All, []);
}

public enum ReviewScopeKind { All, Groups, Path, Risk }

/// <summary>An SSO identity that owns groups or reviews them (never an IAM user).</summary>
public sealed record ReviewerIdentity(string Subject, string Email, string DisplayName)
{
    /// <summary>An owner entered by email before they signed in: the subject is "email:&lt;address&gt;" until they do.</summary>
    public static ReviewerIdentity ByEmail(string email, string? displayName = null) =>
        new("email:" + email.Trim().ToLowerInvariant(), email.Trim(), string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim());

    public bool Matches(string subject, string? email) =>
        string.Equals(Subject, subject, StringComparison.Ordinal)
        || (email is not null && string.Equals(Email, email, StringComparison.OrdinalIgnoreCase));
}

/// <summary>What an admin asks for when creating a campaign. Either <see cref="DueAt"/> or <see cref="Duration"/>.</summary>
public sealed record CampaignRequest
{
    public string Name { get; init; } = "";
    public CampaignScope Scope { get; init; } = CampaignScope.All;
    /// <summary>Null: start now.</summary>
    public DateTimeOffset? StartAt { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public TimeSpan? Duration { get; init; }
    /// <summary>A 5-field cron expression (Cronos), e.g. "0 9 1 */3 *" for quarterly; null: once.</summary>
    public string? Recurrence { get; init; }
    public string Instructions { get; init; } = "";
    public DefaultDecision DefaultDecision { get; init; } = DefaultDecision.NoChange;
    public bool AutoApply { get; init; }
    public JustificationRequirement JustificationRequired { get; init; } = JustificationRequirement.None;
    public int InactivityThresholdDays { get; init; } = 90;
}

/// <summary>Field names for CampaignRequest validation errors (the page binds messages to its fields with these).</summary>
public static class CampaignFields
{
    public const string Name = nameof(CampaignRequest.Name);
    public const string Scope = nameof(CampaignRequest.Scope);
    public const string StartAt = nameof(CampaignRequest.StartAt);
    public const string DueAt = nameof(CampaignRequest.DueAt);
    public const string Duration = nameof(CampaignRequest.Duration);
    public const string Recurrence = nameof(CampaignRequest.Recurrence);
    public const string Instructions = nameof(CampaignRequest.Instructions);
    public const string DefaultDecision = nameof(CampaignRequest.DefaultDecision);
    public const string InactivityThresholdDays = nameof(CampaignRequest.InactivityThresholdDays);
    public const string Justification = "Justification";
    /// <summary>The items a decision was asked for (none chosen).</summary>
    public const string Items = "Items";
    public const string Email = "Email";
}

/// <summary>A campaign as stored: its settings, state and the time of each state.</summary>
public sealed record ReviewCampaign
{
    public required Guid Id { get; init; }
    public required string AccountId { get; init; }
    public required string Name { get; init; }
    public required CampaignScope Scope { get; init; }
    public required DateTimeOffset StartAt { get; init; }
    public required DateTimeOffset DueAt { get; init; }
    public string? Recurrence { get; init; }
    public string Instructions { get; init; } = "";
    public DefaultDecision DefaultDecision { get; init; }
    public bool AutoApply { get; init; }
    public JustificationRequirement JustificationRequired { get; init; }
    public int InactivityThresholdDays { get; init; } = 90;
    public CampaignState State { get; init; }
    public required string CreatedBy { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? StartedAt { get; init; }
    public DateTimeOffset? EndedAt { get; init; }
    public DateTimeOffset? ApplyingAt { get; init; }
    public DateTimeOffset? AppliedAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    /// <summary>The campaign this one recurs from (null for the first occurrence).</summary>
    public Guid? PreviousOccurrenceId { get; init; }
    /// <summary>SHA-256 (hex) of the membership snapshot taken at start.</summary>
    public string? SnapshotSha256 { get; init; }
    /// <summary>The apply job (Application/Jobs) once applying started.</summary>
    public Guid? ApplyJobId { get; init; }
    /// <summary>Which reminders were queued already (Started, Midpoint, DueSoon), so a tick queues each once.</summary>
    public IReadOnlyList<Notifications.ReviewReminderKind> RemindersSent { get; init; } = [];

    public bool RequiresJustification(ReviewVerdict verdict) => (JustificationRequired, verdict) switch
    {
        (JustificationRequirement.Both, ReviewVerdict.Approve or ReviewVerdict.Revoke) => true,
        (JustificationRequirement.Approve, ReviewVerdict.Approve) => true,
        (JustificationRequirement.Revoke, ReviewVerdict.Revoke) => true,
        _ => false,
    };

    public bool IsOpenForDecisions => State == CampaignState.Active;
}

/// <summary>One of the group's policies with its risk, as captured in the snapshot.</summary>
public sealed record ReviewPolicy(string Name, string? Arn, bool IsInline, RiskSeverity Risk);

/// <summary>One service the group grants and whether the member used it (Access Advisor, when known).</summary>
public sealed record ReviewServiceUse(string Namespace, string ServiceName, DateTimeOffset? LastUsed);

/// <summary>One access key's activity.</summary>
public sealed record ReviewKeyFact(int Slot, bool Active, int? AgeDays, DateTimeOffset? LastUsed);

/// <summary>The facts about a member captured when the campaign started.</summary>
public sealed record MemberFacts
{
    public DateTimeOffset? ConsoleLastUsed { get; init; }
    public IReadOnlyList<ReviewKeyFact> Keys { get; init; } = [];
    public DateTimeOffset? LastActivity { get; init; }
    public bool MfaActive { get; init; }
    public bool ConsoleAccess { get; init; }
    public bool ProgrammaticAccess { get; init; }
    /// <summary>"Console", "Programmatic", "Console and programmatic" or "None".</summary>
    public string AccessType => (ConsoleAccess, ProgrammaticAccess) switch
    {
        (true, true) => "Console and programmatic",
        (true, false) => "Console",
        (false, true) => "Programmatic",
        _ => "None",
    };
    public int? OldestActiveKeyAgeDays { get; init; }
    public DateTimeOffset UserCreated { get; init; }
}

/// <summary>One item of a campaign: a member of a group as snapshotted at start, with what decides it.</summary>
public sealed record ReviewItem
{
    public required Guid Id { get; init; }
    public required Guid CampaignId { get; init; }
    public required string AccountId { get; init; }
    public required string GroupName { get; init; }
    public required string UserName { get; init; }
    public required MemberFacts Facts { get; init; }
    public IReadOnlyList<ReviewPolicy> GroupPolicies { get; init; } = [];
    public RiskSeverity GroupRisk { get; init; }
    public IReadOnlyList<string> OtherGroups { get; init; } = [];
    /// <summary>The decision the previous campaign that reviewed this membership ended with, if any.</summary>
    public ReviewVerdict? LastReviewVerdict { get; init; }
    /// <summary>Null when Access Advisor data was not known at start.</summary>
    public IReadOnlyList<ReviewServiceUse>? ServiceUse { get; init; }
    public required Recommendation Recommendation { get; init; }
    /// <summary>E.g. "no activity for 124 days" or "active 3 days ago".</summary>
    public required string RecommendationReason { get; init; }
    /// <summary>The reviewers fixed at start (owners, or the fallback for orphaned groups).</summary>
    public IReadOnlyList<ReviewerIdentity> Reviewers { get; init; } = [];
    /// <summary>The current (last) decision; null while undecided.</summary>
    public ReviewDecision? Decision { get; init; }
    /// <summary>The verdict the item ended with (a decision or the default); null until the campaign ended.</summary>
    public ReviewVerdict? FinalVerdict { get; init; }
    /// <summary>True when the final verdict came from the campaign's default, not a reviewer.</summary>
    public bool DecidedByDefault { get; init; }
    public ApplyResult ApplyResult { get; init; } = ApplyResult.Pending;
    public string? ApplyError { get; init; }
    public string? AppliedBy { get; init; }
    public DateTimeOffset? AppliedAt { get; init; }

    public bool IsDecided => Decision is not null;
    public bool IsReviewer(string subject, string? email) => Reviewers.Any(r => r.Matches(subject, email));
}

/// <summary>One decision (history is kept; the last one wins).</summary>
public sealed record ReviewDecision(
    Guid Id,
    Guid ItemId,
    ReviewVerdict Verdict,
    string Justification,
    string DecidedBySubject,
    string DecidedByName,
    DateTimeOffset DecidedAt,
    bool FromRecommendation = false);

/// <summary>A campaign with its progress.</summary>
public sealed record CampaignSummary(
    ReviewCampaign Campaign,
    int TotalItems,
    int DecidedItems,
    IReadOnlyDictionary<ReviewVerdict, int> DecisionCounts,
    int Undecided,
    IReadOnlyDictionary<ApplyResult, int> ApplyCounts,
    IReadOnlyList<ReviewerProgress> Reviewers)
{
    public double Completion => TotalItems == 0 ? 1 : (double)DecidedItems / TotalItems;
}

public sealed record ReviewerProgress(ReviewerIdentity Reviewer, int Items, int Decided)
{
    public int Pending => Items - Decided;
}

/// <summary>A reviewer still owing decisions after the due date (or at the end).</summary>
public sealed record OverdueReviewer(Guid CampaignId, string CampaignName, ReviewerIdentity Reviewer, int Pending);

/// <summary>A decision that went against the recommendation.</summary>
public sealed record DecisionAgainstRecommendation(Guid CampaignId, string CampaignName, string GroupName, string UserName,
    Recommendation Recommendation, string RecommendationReason, ReviewVerdict Verdict, string Justification, string DecidedBy);

/// <summary>Auditors' review of reviews: every campaign's completion, overdue reviewers, decisions against the recommendation.</summary>
public sealed record ReviewsOverview(
    IReadOnlyList<CampaignSummary> Campaigns,
    IReadOnlyList<OverdueReviewer> OverdueReviewers,
    IReadOnlyList<DecisionAgainstRecommendation> AgainstRecommendation);

/// <summary>A created campaign, and whether its default (Revoke) meets automatic apply.</summary>
public sealed record CampaignCreated(ReviewCampaign Campaign, bool RevokeWithAutoApplyWarning);

/// <summary>The evidence CSV and its SHA-256 (hex), recorded in the audit trail.</summary>
public sealed record EvidenceExport(string FileName, byte[] Content, string Sha256);

/// <summary>One decision asked for.</summary>
public sealed record DecisionRequest(Guid ItemId, ReviewVerdict Verdict, string? Justification);

/// <summary>An operator who signed in to the portal (the list owners are chosen from).</summary>
public sealed record KnownOperator(string Subject, string Email, string DisplayName, DateTimeOffset FirstSignIn, DateTimeOffset LastSignIn)
{
    public ReviewerIdentity AsReviewer() => new(Subject, Email, DisplayName);
}

/// <summary>A group with its owners (empty: orphaned).</summary>
public sealed record GroupOwnership(string GroupName, IReadOnlyList<ReviewerIdentity> Owners)
{
    public bool IsOrphaned => Owners.Count == 0;
}

/// <summary>A member of one of my groups with their facts.</summary>
public sealed record OwnedGroupMember(string UserName, MemberFacts Facts, IReadOnlyList<string> OtherGroups);

/// <summary>A group I own, its risk and members (for team leads' "My groups").</summary>
public sealed record OwnedGroup(string GroupName, string Path, RiskSeverity? Risk, IReadOnlyList<OwnedGroupMember> Members,
    IReadOnlyList<ReviewerIdentity> Owners);

/// <summary>A campaign where I have items, with my progress.</summary>
public sealed record MyCampaign(ReviewCampaign Campaign, int MyItems, int MyDecided)
{
    public int MyPending => MyItems - MyDecided;
}
