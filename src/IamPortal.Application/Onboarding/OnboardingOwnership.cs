using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;

namespace IamPortal.Application.Onboarding;

/// <summary>
/// How an onboarding job proves that a user is the one it created: CreateUser puts the job's id in a tag in the same
/// call, so no one else's user (created meanwhile with the same name) can carry it. Every step after CreateUser, on
/// the first run as on a retry, and the rollback act only on a user that carries the tag.
/// </summary>
public static class OnboardingOwnership
{
    public const string TagKey = "iamportal:onboarding-job";
    public const string NotOwnedCode = "UserNotCreatedByThisJob";

    /// <summary>Tags the operator may set in the wizard: one of IAM's 50 is the job's own.</summary>
    public const int MaxOperatorTags = IamRules.MaxTagsPerUser - 1;

    public static IamTag TagFor(Guid jobId) => new(TagKey, jobId.ToString("D"));

    public static bool IsOwnedBy(IamUser user, Guid jobId) =>
        user.Tags?.Any(t => t.Key == TagKey && string.Equals(t.Value, jobId.ToString("D"), StringComparison.OrdinalIgnoreCase)) == true;

    public static bool IsReserved(string tagKey) => tagKey.StartsWith("iamportal:", StringComparison.OrdinalIgnoreCase);

    public static JobStepRefusedException NotOwned(string userName) => new(NotOwnedCode,
        $"A user named {userName} now exists and this job did not create it. Nothing more is done for it: no password, key, " +
        "group or policy. Find out who created it; start a new onboarding under another name if this one is needed.");

    public static JobStepRefusedException Gone(string userName) => new(IamErrorCodes.NoSuchEntity,
        $"The user {userName} that this job created no longer exists in IAM. Roll back this job and start a new onboarding.");
}
