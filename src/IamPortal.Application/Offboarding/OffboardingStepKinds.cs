using IamPortal.Application.Audit;

namespace IamPortal.Application.Offboarding;

/// <summary>The journaled jobs of the user lifecycle's end: offboarding, quarantine and its release.</summary>
public static class LifecycleJobKinds
{
    public const string Offboarding = "Offboarding";
    public const string Quarantine = "Quarantine";
    public const string QuarantineRelease = "QuarantineRelease";

    public static readonly IReadOnlyList<string> All = [Offboarding, Quarantine, QuarantineRelease];

    /// <summary>One lifecycle job at a time per user: they touch the same keys, password and deny-all policy.</summary>
    public static readonly Jobs.JobScope Scope = new("user-lifecycle", All, Jobs.JobScope.Resumable);
}

/// <summary>
/// Step kinds, each one IAM call audited under its <see cref="AuditActionOf"/> name. The deletion kinds follow the order IAM requires
/// (IAM-REFERENCE.md, "Deleting a user"); the quarantine kinds are reversible except <see cref="DeleteLoginProfile"/>.
/// </summary>
public static class OffboardingStepKinds
{
    // Quarantine (and its release).
    public const string DeactivateAccessKey = "DeactivateAccessKey";
    public const string PutQuarantinePolicy = "PutQuarantinePolicy";
    public const string TagQuarantine = "TagQuarantine";
    public const string ReactivateAccessKey = "ReactivateAccessKey";
    public const string DeleteQuarantinePolicy = "DeleteQuarantinePolicy";
    public const string UntagQuarantine = "UntagQuarantine";

    // Deletion, in IAM's order.
    public const string DeleteLoginProfile = "DeleteLoginProfile";
    public const string DeleteAccessKey = "DeleteAccessKey";
    public const string DeleteSigningCertificate = "DeleteSigningCertificate";
    public const string DeleteSshPublicKey = "DeleteSshPublicKey";
    public const string DeleteServiceSpecificCredential = "DeleteServiceSpecificCredential";
    public const string DeactivateMfaDevice = "DeactivateMfaDevice";
    public const string DeleteVirtualMfaDevice = "DeleteVirtualMfaDevice";
    public const string DeleteUserPolicy = "DeleteUserPolicy";
    public const string DetachUserPolicy = "DetachUserPolicy";
    public const string RemoveUserFromGroup = "RemoveUserFromGroup";
    public const string DeleteUserPermissionsBoundary = "DeleteUserPermissionsBoundary";
    public const string DeleteUser = "DeleteUser";
    public const string ConfirmUserGone = "ConfirmUserGone";

    /// <summary>
    /// Not an IAM call: a part of the user the plan could not read (its input is a <see cref="ReadWarningInput"/>).
    /// It sits where that part's deletions would be, shows the operator what to check by hand, and runs as done.
    /// </summary>
    public const string ReadWarning = "ReadWarning";

    private static readonly Dictionary<string, string> AuditNames = new()
    {
        [DeactivateAccessKey] = AuditActions.DeactivateAccessKey, [ReactivateAccessKey] = AuditActions.ActivateAccessKey,
        [PutQuarantinePolicy] = AuditActions.PutInlinePolicy, [DeleteQuarantinePolicy] = AuditActions.DeleteInlinePolicy,
        [TagQuarantine] = AuditActions.AddTags, [UntagQuarantine] = AuditActions.RemoveTags,
        [DeleteLoginProfile] = AuditActions.DisableConsoleAccess, [DeleteAccessKey] = AuditActions.DeleteAccessKey,
        [DeleteSigningCertificate] = AuditActions.DeleteSigningCertificate, [DeleteSshPublicKey] = AuditActions.DeleteSshPublicKey,
        [DeleteServiceSpecificCredential] = AuditActions.DeleteServiceSpecificCredential,
        [DeactivateMfaDevice] = AuditActions.DeactivateMfaDevice, [DeleteVirtualMfaDevice] = AuditActions.DeleteVirtualMfaDevice,
        [DeleteUserPolicy] = AuditActions.DeleteInlinePolicy, [DetachUserPolicy] = AuditActions.DetachPolicy,
        [RemoveUserFromGroup] = AuditActions.RemoveFromGroup, [DeleteUserPermissionsBoundary] = AuditActions.DeletePermissionsBoundary,
        [DeleteUser] = AuditActions.DeleteUser, [ConfirmUserGone] = AuditActions.ConfirmUserGone,
    };

    /// <summary>The audit name of a step's IAM call: the same name the user page and bulk actions record for it (none for <see cref="ReadWarning"/>).</summary>
    public static string AuditActionOf(string kind) => AuditNames[kind];
}
