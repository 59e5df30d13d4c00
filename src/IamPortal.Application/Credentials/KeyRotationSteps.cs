using IamPortal.Application.Jobs;

namespace IamPortal.Application.Credentials;

/// <summary>The journaled steps of an access-key rotation and how a paused rotation is told apart from a failed one.</summary>
public static class KeyRotationSteps
{
    public const string JobKind = "KeyRotation";
    public const string CreateNewKey = "CreateNewKey";
    public const string WaitForFirstUse = "WaitForFirstUse";
    public const string DeactivateOldKey = "DeactivateOldKey";
    public const string DeleteOldKey = "DeleteOldKey";

    public const string OldKeyData = "OldAccessKeyId";
    public const string NewKeyData = "NewAccessKeyId";
    /// <summary>Job data: the highest step index the operator has allowed to run (deactivation and deletion wait for a click).</summary>
    public const string ApprovedThroughData = "ApprovedThrough";
    /// <summary>Error code on a step that is waiting (for the new key's first use, or for the operator): not a failure.</summary>
    public const string WaitingCode = "Waiting";

    public static IReadOnlyList<JobStep> Create(string oldKeyId) =>
    [
        new(0, CreateNewKey, "Create the second access key", new Dictionary<string, string>()),
        new(1, WaitForFirstUse, "Wait until the new key is used", new Dictionary<string, string>()),
        new(2, DeactivateOldKey, $"Deactivate the old key {oldKeyId}", new Dictionary<string, string> { [OldKeyData] = oldKeyId }),
        new(3, DeleteOldKey, $"Delete the old key {oldKeyId}", new Dictionary<string, string> { [OldKeyData] = oldKeyId }),
    ];

    public static bool IsWaiting(JobStep step) => step.Status == StepStatus.Pending && step.ErrorCode == WaitingCode;

    /// <summary>The step the rotation stands at (the first one not done), or null when finished.</summary>
    public static JobStep? Current(Job job) => job.Steps.FirstOrDefault(s => s.Status is not (StepStatus.Succeeded or StepStatus.Skipped));

    public static bool IsOpen(Job job) => job.Kind == JobKind && job.Status is not (JobStatus.Succeeded or JobStatus.Cancelled);

    /// <summary>One rotation per user: an open one (waiting days for the new key's use) holds the user.</summary>
    public static readonly JobScope Scope = new("key-rotation", [JobKind], IsOpen);
}

/// <summary>A rotation step that cannot run yet: the job pauses (it has not failed) and resumes from here.</summary>
public sealed class KeyRotationWaitingException(string message) : Exception(message);
