using IamPortal.Application.Iam;

namespace IamPortal.Application.AccessAdvisor;

public enum AdvisorSubjectKind { User, Group }

/// <summary>Whose Access Advisor data: a user (direct, inline and every group's policies) or a group (its own policies).</summary>
public sealed record AdvisorSubject(AdvisorSubjectKind Kind, string Name)
{
    public static AdvisorSubject User(string name) => new(AdvisorSubjectKind.User, name);
    public static AdvisorSubject Group(string name) => new(AdvisorSubjectKind.Group, name);
    public string Noun => Kind == AdvisorSubjectKind.User ? "user" : "group";
}

/// <summary>
/// A policy that grants a service: its name, ARN (managed) or null (inline), how the subject holds it ("attached",
/// "inline", "group developers"), whether AWS manages it, and when its default version was created (managed only).
/// </summary>
public sealed record GrantingPolicy(string Name, string? Arn, string Via, bool IsAwsManaged, DateTimeOffset? VersionCreated)
{
    public string Label => Via.Length == 0 ? Name : $"{Name} ({Via})";
}

/// <summary>
/// One service the subject's policies grant, against Access Advisor: the policies that grant it, when it was last used
/// within IAM's tracking window (null: never in the tracking period) and by which user, and whether the grant includes
/// iam:PassRole (which Access Advisor cannot see being used).
/// </summary>
public sealed record ServiceUsage(
    string Namespace,
    string ServiceName,
    IReadOnlyList<GrantingPolicy> GrantedBy,
    DateTimeOffset? LastUsed,
    string? LastUsedBy,
    int EntitiesThatUsedIt,
    bool GrantsPassRole,
    bool GrantsOnlyPassRole);

/// <summary>Access Advisor for a subject: in progress (poll again), completed with its services, or failed with IAM's reason.</summary>
public sealed record AccessAdvisorReport(
    string JobId,
    AdvisorSubject Subject,
    AccessAdvisorJobStatus Status,
    DateTimeOffset SubjectCreated,
    IReadOnlyList<ServiceUsage> Services,
    string? Error)
{
    public bool IsDone => Status != AccessAdvisorJobStatus.InProgress;
}

/// <summary>What the hint says of a service: keep (used), remove (granted, not used), or why it is not suggested.</summary>
public enum HintKind
{
    Used,
    Remove,
    /// <summary>IAM actions unused, but iam:PassRole stays: Access Advisor does not record it.</summary>
    RemoveExceptPassRole,
    /// <summary>Only iam:PassRole is granted: never suggested for removal.</summary>
    KeepPassRole,
    /// <summary>Granted by a policy version created in the last 14 days.</summary>
    RecentlyGranted,
    /// <summary>The user or group is younger than the threshold: "not used for N days" cannot be true yet.</summary>
    TooNew,
}

/// <summary>The least-privilege hint for one service at a threshold, in words, naming the policies to change.</summary>
public sealed record ServiceHint(ServiceUsage Service, HintKind Kind, string Text)
{
    public bool SuggestsRemoval => Kind is HintKind.Remove or HintKind.RemoveExceptPassRole;
}
