namespace IamPortal.Application.Audit;

/// <summary>
/// Every audit action name, one per action whichever feature performs it: deactivating a key from the user page, a
/// bulk action, a quarantine job or a key rotation is always <see cref="DeactivateAccessKey"/>. The feature that did
/// it is recorded as the <see cref="ViaParameter"/> parameter, never in the name. Names are "Area.Verb", so the audit
/// page's action filter (a substring) finds an area ("AccessKeys") or one action.
/// </summary>
public static partial class AuditActions
{
    /// <summary>The parameter naming the feature that performed an action (a job, a bulk action, a rollback).</summary>
    public const string ViaParameter = "Via";

    // Changes to IAM, one name per change.
    public const string CreateUser = "Users.Create";
    public const string DeleteUser = "Users.Delete";
    public const string EnableConsoleAccess = "ConsoleAccess.Enable";
    public const string ResetConsolePassword = "ConsoleAccess.Reset";
    public const string DisableConsoleAccess = "ConsoleAccess.Disable";
    public const string CreateAccessKey = "AccessKeys.Create";
    public const string ActivateAccessKey = "AccessKeys.Activate";
    public const string DeactivateAccessKey = "AccessKeys.Deactivate";
    public const string DeleteAccessKey = "AccessKeys.Delete";
    public const string CreateVirtualMfaDevice = "Mfa.CreateVirtualDevice";
    public const string EnableMfaDevice = "Mfa.Enable";
    public const string DeactivateMfaDevice = "Mfa.Deactivate";
    public const string DeleteVirtualMfaDevice = "Mfa.DeleteVirtualDevice";
    public const string ResyncMfaDevice = "Mfa.Resync";
    public const string AddTags = "Tags.Add";
    /// <summary>A tag's value changed, or its key renamed (untag the old key, tag the new one).</summary>
    public const string EditTag = "Tags.Edit";
    public const string RemoveTags = "Tags.Remove";
    public const string AddToGroup = "Groups.AddUser";
    public const string RemoveFromGroup = "Groups.RemoveUser";
    public const string AttachPolicy = "Policies.Attach";
    public const string DetachPolicy = "Policies.Detach";
    public const string PutInlinePolicy = "Policies.PutInline";
    public const string DeleteInlinePolicy = "Policies.DeleteInline";
    public const string DeletePermissionsBoundary = "Policies.DeleteBoundary";
    public const string DeleteSigningCertificate = "SigningCertificates.Delete";
    public const string DeleteSshPublicKey = "SshPublicKeys.Delete";
    public const string DeleteServiceSpecificCredential = "ServiceCredentials.Delete";
    public const string CreateGroup = "Groups.Create";
    public const string UpdateGroup = "Groups.Update";
    public const string DeleteGroup = "Groups.Delete";
    public const string AddGroupMembers = "Groups.AddMembers";
    public const string RemoveGroupMembers = "Groups.RemoveMembers";
    public const string CreatePolicy = "Policies.Create";
    public const string CreatePolicyVersion = "Policies.CreateVersion";
    public const string DeletePolicyVersion = "Policies.DeleteVersion";
    public const string SetDefaultPolicyVersion = "Policies.SetDefaultVersion";
    public const string DeletePolicy = "Policies.Delete";
    public const string UpdateGuardrails = "Settings.UpdateGuardrails";

    // Starting, resuming and deciding multi-step work; each of its changes is recorded under its own name above.
    public const string StartOnboarding = "Onboarding.Start";
    public const string RetryOnboarding = "Onboarding.Retry";
    public const string RollBackOnboarding = "Onboarding.Rollback";
    public const string StartOffboarding = "Offboarding.Start";
    public const string ResumeOffboarding = "Offboarding.Resume";
    public const string ConfirmUserGone = "Offboarding.ConfirmUserGone";
    public const string Quarantine = "Offboarding.Quarantine";
    public const string ReleaseQuarantine = "Offboarding.Release";
    public const string ResumeQuarantine = "Offboarding.ResumeQuarantine";
    /// <summary>An offboarding, quarantine or release job given up (the job's kind is a parameter); what it did stays done.</summary>
    public const string AbandonLifecycleJob = "Offboarding.Abandon";
    public const string StartKeyRotation = "KeyRotation.Start";
    public const string CheckKeyRotation = "KeyRotation.Check";
    public const string ContinueKeyRotation = "KeyRotation.Continue";
    public const string CancelKeyRotation = "KeyRotation.Cancel";
    public const string KeyRotationFirstUseSeen = "KeyRotation.FirstUseSeen";
    public const string StartGroupDeletion = "Groups.StartDeletion";
    public const string ResumeGroupDeletion = "Groups.ResumeDeletion";
    public const string ConfirmGroupGone = "Groups.ConfirmGone";
    public const string StartMoveToGroup = "MoveToGroup.Start";
    public const string ResumeMoveToGroup = "MoveToGroup.Resume";
    public const string ConfirmNoDirectPolicies = "MoveToGroup.ConfirmNoDirectPolicies";
    public const string StartPolicyDeletion = "Policies.StartDeletion";
    public const string ResumePolicyDeletion = "Policies.ResumeDeletion";

    /// <summary>A bulk action on many users, e.g. "Offboarding.BulkDeactivateKeys"; each user's changes are recorded under their own names.</summary>
    public static string Bulk(string action) => "Offboarding.Bulk" + action;

    /// <summary>The parameters with <see cref="ViaParameter"/> set to the feature that performs the action.</summary>
    public static Dictionary<string, object?> Via(string feature, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        var all = parameters is null ? new Dictionary<string, object?>() : new Dictionary<string, object?>(parameters);
        all[ViaParameter] = feature;
        return all;
    }
}
