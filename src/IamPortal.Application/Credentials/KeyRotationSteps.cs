using IamPortal.Application.Jobs;
using IamPortal.Application.Users;

namespace IamPortal.Application.Credentials;

/// <summary>Job data of a key rotation: the key being replaced, and the highest step index the operator has allowed to run.</summary>
public sealed record KeyRotationData(string OldAccessKeyId, int ApprovedThrough);

/// <summary>The journaled steps of an access-key rotation, and where a rotation stands.</summary>
public static class KeyRotationSteps
{
    public const string JobKind = "KeyRotation";
    public const string CreateNewKey = "CreateNewKey";
    public const string WaitForFirstUse = "WaitForFirstUse";
    public const string DeactivateOldKey = "DeactivateOldKey";
    public const string DeleteOldKey = "DeleteOldKey";

    /// <summary>Deactivation and deletion wait for a click each: at the start only the first two steps are allowed.</summary>
    public const int ApprovedAtStart = 1;

    public static IReadOnlyList<(string Kind, string Description, JobData Input)> Create(string userName, string oldKeyId) =>
    [
        (CreateNewKey, "Create the second access key", JobData.From(new UserInput(userName))),
        (WaitForFirstUse, "Wait until the new key is used", JobData.From(new UserInput(userName))),
        (DeactivateOldKey, $"Deactivate the old key {oldKeyId}", JobData.From(new AccessKeyInput(userName, oldKeyId))),
        (DeleteOldKey, $"Delete the old key {oldKeyId}", JobData.From(new AccessKeyInput(userName, oldKeyId))),
    ];

    public static bool IsWaiting(JobStep step) => step.Status == StepStatus.Waiting;

    /// <summary>The step the rotation stands at (the first one not done), or null when finished.</summary>
    public static JobStep? Current(Job job) => job.CurrentStep;

    /// <summary>The new key, once CreateNewKey has run.</summary>
    public static string? NewKeyId(Job job) => job.OutputOf<CreatedAccessKey>(CreateNewKey)?.AccessKeyId;

    public static bool IsOpen(Job job) => job.Kind == JobKind && job.Status is not (JobStatus.Succeeded or JobStatus.Cancelled);

    /// <summary>One rotation per user: an open one (waiting days for the new key's use) holds the user.</summary>
    public static readonly JobScope Scope = new("key-rotation", [JobKind], IsOpen);
}

/// <summary>The output of WaitForFirstUse: when and where IAM first saw the new key used.</summary>
public sealed record KeyFirstUse(string AccessKeyId, DateTimeOffset FirstUsed, string? ServiceName);
