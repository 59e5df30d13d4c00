namespace IamPortal.Application.Offboarding;

/// <summary>
/// DeleteUser's DeleteConflict in plain words: what IAM says is still attached ("Cannot delete entity, must delete
/// access keys first.") and what the operator does about it. Typically something a plan could not read.
/// </summary>
public static class DeleteUserConflict
{
    // What IAM's message names (lower case, hyphens as spaces) → what the operator calls it. IAM-REFERENCE.md, "Deleting a user".
    private static readonly (string Says, string Means)[] Parts =
    [
        ("login profile", "a console password (login profile)"),
        ("access key", "access keys"),
        ("signing certificate", "signing certificates"),
        ("ssh public key", "SSH public keys"),
        ("service specific credential", "service-specific credentials"),
        ("mfa device", "an MFA device"),
        ("detach all policies", "attached managed policies"),
        ("delete policies", "inline policies"),
        ("group", "group memberships"),
    ];

    public static string Describe(string userName, string iamMessage)
    {
        var said = iamMessage.ToLowerInvariant().Replace('-', ' ');
        var part = Parts.FirstOrDefault(p => said.Contains(p.Says, StringComparison.Ordinal)).Means;
        var what = part is null ? "something is still attached to it" : $"it still has {part}";
        return $"IAM will not delete {userName} yet: {what}. Remove that by hand (IAM console or AWS CLI), then resume: the job goes on "
               + $"with DeleteUser. IAM says: {iamMessage}";
    }
}
