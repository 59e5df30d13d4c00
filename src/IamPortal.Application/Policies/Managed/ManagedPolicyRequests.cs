using IamPortal.Application.Iam;

namespace IamPortal.Application.Policies.Managed;

/// <summary>
/// A new customer managed policy. <see cref="ConfirmSecurityWarnings"/>: the operator confirmed the validator's security
/// warnings. <see cref="AcknowledgedImpact"/>: the summary of the risk impact the operator saw (needed when it adds risk).
/// </summary>
public sealed record CreatePolicyRequest(
    string Name,
    string Document,
    string? Path = "/",
    string? Description = null,
    bool ConfirmSecurityWarnings = false,
    string? AcknowledgedImpact = null);

/// <summary>
/// A new default version of a customer managed policy. At IAM's 5-version limit <see cref="DeleteVersionId"/> names the
/// non-default version to delete first; without it the command answers <see cref="PolicyEditOutcome.VersionChoiceNeeded"/>.
/// </summary>
public sealed record UpdatePolicyRequest(
    string PolicyArn,
    string Document,
    string? DeleteVersionId = null,
    bool ConfirmSecurityWarnings = false,
    string? AcknowledgedImpact = null);

/// <summary>
/// What an edit did, or (Invalid) why it did not: <see cref="DeletableVersions"/> lists the versions the operator may
/// delete when the policy is at IAM's 5-version limit.
/// </summary>
public sealed record PolicyEditOutcome(IamPolicyVersion? Created, string? DeletedVersionId, IReadOnlyList<IamPolicyVersion> DeletableVersions)
{
    public bool VersionChoiceNeeded => Created is null && DeletableVersions.Count > 0;
}
