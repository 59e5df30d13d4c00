using IamPortal.Application.Iam;

namespace IamPortal.Application.Inventory;

/// <summary>
/// What the inventory knows about one user, whichever way it was read: the account-wide build
/// (<see cref="FromAccountRead"/>) or the live re-read of one user after a change (<see cref="UserInventoryRowLoader"/>).
/// <see cref="UserInventoryRowFactory"/> turns it into a list row, so both paths derive the columns the same way.
/// </summary>
public sealed record UserInventoryFacts
{
    public required IamUser User { get; init; }
    public IReadOnlyList<string> GroupNames { get; init; } = [];
    public IReadOnlyList<IamAttachedPolicy> AttachedPolicies { get; init; } = [];
    /// <summary>The user's inline policies with their documents (for effective risk).</summary>
    public IReadOnlyList<IamInlinePolicy> InlinePolicies { get; init; } = [];
    public IReadOnlyList<IamTag> Tags { get; init; } = [];
    public string? PermissionsBoundaryArn { get; init; }

    /// <summary>The user has a login profile (console password).</summary>
    public bool PasswordEnabled { get; init; }
    public DateTimeOffset? PasswordLastUsed { get; init; }
    public DateTimeOffset? PasswordLastChanged { get; init; }
    /// <summary>The user's access keys, oldest first as the credential report orders them; empty when none is known.</summary>
    public IReadOnlyList<AccessKeySlot> AccessKeys { get; init; } = [];
    /// <summary>Any MFA device (virtual, hardware or FIDO) is enabled.</summary>
    public bool MfaActive { get; init; }
    /// <summary>Serial of the virtual MFA device assigned to the user, if any.</summary>
    public string? VirtualMfaSerial { get; init; }

    /// <summary>
    /// The account-wide read: the user's authorization details, their credential report row (null for a user created
    /// after the report) and the virtual MFA device assigned to them.
    /// </summary>
    public static UserInventoryFacts FromAccountRead(IamUserDetail detail, CredentialReportRow? report, string? virtualMfaSerial) => new()
    {
        User = detail.User,
        GroupNames = detail.GroupNames,
        AttachedPolicies = detail.AttachedManagedPolicies,
        InlinePolicies = detail.InlinePolicies,
        Tags = detail.Tags,
        PermissionsBoundaryArn = detail.PermissionsBoundaryArn,
        PasswordEnabled = report?.PasswordEnabled ?? false,
        PasswordLastUsed = report?.PasswordLastUsed ?? detail.User.PasswordLastUsed,
        PasswordLastChanged = report?.PasswordLastChanged,
        AccessKeys = report is null ? [] : [.. new[] { report.AccessKey1, report.AccessKey2 }.Where(Exists)],
        MfaActive = report?.MfaActive ?? false,
        VirtualMfaSerial = virtualMfaSerial,
    };

    /// <summary>The report fills both key columns for every user; a slot without a key is inactive and never rotated.</summary>
    private static bool Exists(AccessKeySlot slot) => slot.Active || slot.LastRotated is not null;
}
