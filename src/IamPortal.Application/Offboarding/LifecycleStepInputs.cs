using IamPortal.Application.Iam;
using IamPortal.Application.Users;

namespace IamPortal.Application.Offboarding;

// The typed data of quarantine, release and offboarding jobs that is theirs alone (the user-item inputs their steps
// share with onboarding are in Users/UserStepInputs.cs), journaled as JSON (Jobs.JobData).

public sealed record QuarantineTagsInput(string UserName, IReadOnlyList<IamTag> Tags) : IUserStepInput;

/// <summary>A part of the user a plan could not read (e.g. "service-specific credentials") and IAM's reason, in plain words.</summary>
public sealed record ReadWarningInput(string UserName, string Part, string Reason) : IUserStepInput;

/// <summary>Job data of an offboarding.</summary>
public sealed record OffboardingJobData(string UserArn, bool QuarantineFirst);

/// <summary>Job data of a quarantine: why, and which keys it deactivates (a release turns them back on).</summary>
public sealed record QuarantineJobData(string Reason, IReadOnlyList<string> DeactivatedKeys);

/// <summary>Job data of a release from quarantine.</summary>
public sealed record ReleaseJobData(IReadOnlyList<string> ReactivatedKeys);
