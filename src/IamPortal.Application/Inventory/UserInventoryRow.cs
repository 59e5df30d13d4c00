using IamPortal.Application.Iam;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Inventory;

/// <summary>One access key's slot in the credential report (IAM reports at most two per user).</summary>
public sealed record AccessKeySlot(bool Active, DateTimeOffset? LastRotated, DateTimeOffset? LastUsed, string? LastUsedService, string? LastUsedRegion);

/// <summary>One row of the users list: what the console shows and more, built without a call per user.</summary>
public sealed record UserInventoryRow
{
    public required string UserName { get; init; }
    public required string UserId { get; init; }
    public required string Arn { get; init; }
    public required string Path { get; init; }
    public required DateTimeOffset CreateDate { get; init; }
    public IReadOnlyList<string> Groups { get; init; } = [];
    public IReadOnlyList<IamAttachedPolicy> AttachedPolicies { get; init; } = [];
    public int InlinePolicyCount { get; init; }
    /// <summary>The inline policies with their documents, so effective risk needs no call per user.</summary>
    public IReadOnlyList<IamInlinePolicy> InlinePolicies { get; init; } = [];
    public IReadOnlyList<IamTag> Tags { get; init; } = [];
    public string? PermissionsBoundaryArn { get; init; }

    public bool PasswordEnabled { get; init; }
    /// <summary>Console last sign-in.</summary>
    public DateTimeOffset? PasswordLastUsed { get; init; }
    public DateTimeOffset? PasswordLastChanged { get; init; }
    /// <summary>MFA active per the credential report (any device type).</summary>
    public bool MfaActive { get; init; }
    /// <summary>Serial of the virtual MFA device assigned to the user, if any.</summary>
    public string? VirtualMfaSerial { get; init; }
    public AccessKeySlot? AccessKey1 { get; init; }
    public AccessKeySlot? AccessKey2 { get; init; }

    // Derived columns, computed once when the snapshot is built so sorting and filtering stay cheap.
    public string GroupsText { get; init; } = "";
    /// <summary>Most recent of console sign-in and any key's last use; null when never used.</summary>
    public DateTimeOffset? LastActivity { get; init; }
    public int? PasswordAgeDays { get; init; }
    /// <summary>Age in days of the oldest active access key; null without an active key.</summary>
    public int? ActiveKeyAgeDays { get; init; }
    public DateTimeOffset? AccessKeyLastUsed { get; init; }
    public int ActiveKeyCount { get; init; }

    /// <summary>
    /// The highest severity of the user's effective permissions. Not part of the snapshot (the inventory reads IAM, the risk
    /// engine judges it): null there; the users query fills it from IIdentityRiskService for the rows it returns.
    /// </summary>
    public RiskSeverity? Risk { get; init; }
}
