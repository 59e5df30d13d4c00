namespace IamPortal.Application.Policies.Analysis;

public enum PrincipalKind { User, Group }

/// <summary>A user or a group of the current account.</summary>
public sealed record PrincipalRef(PrincipalKind Kind, string Name)
{
    public static PrincipalRef User(string name) => new(PrincipalKind.User, name);
    public static PrincipalRef Group(string name) => new(PrincipalKind.Group, name);
    public override string ToString() => (Kind == PrincipalKind.User ? "user " : "group ") + Name;
}

/// <summary>A change to who may do what, previewed before it is saved.</summary>
public abstract record PermissionChange
{
    public sealed record AttachPolicy(PrincipalRef Target, string PolicyArn) : PermissionChange;
    public sealed record DetachPolicy(PrincipalRef Target, string PolicyArn) : PermissionChange;
    public sealed record AddToGroup(string UserName, string GroupName) : PermissionChange;
    public sealed record RemoveFromGroup(string UserName, string GroupName) : PermissionChange;
    /// <summary>A managed policy's default document becomes <paramref name="NewDocument"/> (a new version, or setting another version as default).</summary>
    public sealed record ReplacePolicyDocument(string PolicyArn, string NewDocument) : PermissionChange;
    /// <summary>An inline policy is created or replaced (<paramref name="NewDocument"/>) or deleted (null).</summary>
    public sealed record PutInlinePolicy(PrincipalRef Target, string PolicyName, string? NewDocument) : PermissionChange;
}

/// <summary>One line of an impact: a risk the change adds (or removes), and for how many users of the account.</summary>
public sealed record ImpactLine(RiskFinding Finding, bool Added, int Users);

/// <summary>
/// What a change does to risk: the difference on the changed thing itself (the policy, the group, the user), each line with the
/// number of users whose effective permissions gain or lose it, and one plain sentence
/// ("Adds privilege escalation through iam:CreatePolicyVersion, confirmed, for 14 users.").
/// </summary>
public sealed record ChangeImpact(RiskDifference Difference, IReadOnlyList<ImpactLine> Lines, IReadOnlyList<string> AffectedUsers, string Summary)
{
    public bool AddsRisk => Lines.Any(l => l.Added) || Difference.Added.Count > 0;
}

/// <summary>Computes a change's impact over the inventory (every affected user's effective permissions before and after).</summary>
public interface IPermissionChangePreview
{
    Task<ChangeImpact> PreviewAsync(IReadOnlyCollection<PermissionChange> changes, CancellationToken ct = default);
}

/// <summary>Effective risk of users and groups from the inventory: direct, inline and every group's policies together.</summary>
public interface IIdentityRiskService
{
    Task<RiskReport> ForUserAsync(string userName, CancellationToken ct = default);
    Task<RiskReport> ForGroupAsync(string groupName, CancellationToken ct = default);
    Task<RiskReport> ForManagedPolicyAsync(string policyArn, CancellationToken ct = default);
    /// <summary>The highest effective severity of every user in the inventory (for the users list's column), computed once per snapshot.</summary>
    Task<IReadOnlyDictionary<string, RiskSeverity>> UserSeveritiesAsync(CancellationToken ct = default);
}
