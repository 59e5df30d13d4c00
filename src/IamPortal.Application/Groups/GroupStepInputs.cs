namespace IamPortal.Application.Groups;

// The typed inputs of the group jobs' steps, journaled as JSON (Jobs.JobData). Policy documents are not secrets.

/// <summary>Every step names what it acts on, for the audit record's target.</summary>
public interface IGroupStepInput
{
    string AuditTarget { get; }
}

public sealed record GroupInput(string GroupName, string? Path = null) : IGroupStepInput
{
    public string AuditTarget => GroupName;
}

public sealed record GroupMemberInput(string GroupName, string UserName) : IGroupStepInput
{
    public string AuditTarget => UserName;
}

public sealed record GroupPolicyInput(string GroupName, string PolicyArn) : IGroupStepInput
{
    public string AuditTarget => GroupName;
}

public sealed record GroupInlinePolicyInput(string GroupName, string PolicyName, string? Document = null) : IGroupStepInput
{
    public string AuditTarget => GroupName;
}

/// <summary>A new customer managed policy; <paramref name="Arn"/> is the ARN IAM gives it (account and path are known beforehand).</summary>
public sealed record NewPolicyInput(string PolicyName, string Path, string Document, string Arn, string Description) : IGroupStepInput
{
    public string AuditTarget => PolicyName;
}

public sealed record UserPolicyInput(string UserName, string PolicyArn) : IGroupStepInput
{
    public string AuditTarget => UserName;
}

public sealed record UserInlinePolicyInput(string UserName, string PolicyName) : IGroupStepInput
{
    public string AuditTarget => UserName;
}

/// <summary>Job data of a group deletion: the group's ARN and the policies that still name it (IAM does not update them).</summary>
public sealed record GroupDeletionJobData(string GroupArn, IReadOnlyList<string> ReferencingPolicies);

public enum InlineCopyMode { GroupInline, ManagedPolicy }

/// <summary>Job data of a move to a group: into which group (new or existing) and how inline policies were copied.</summary>
public sealed record MoveToGroupJobData(string GroupName, bool NewGroup, InlineCopyMode InlineCopy);
