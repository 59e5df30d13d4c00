using IamPortal.Application.Iam;

namespace IamPortal.Application.Onboarding;

// The typed data of onboarding jobs that is theirs alone (group and policy steps use Users/UserStepInputs.cs),
// journaled as JSON (Jobs.JobData). Never a secret: the password reaches its step through Jobs.JobSecrets.

public sealed record CreateUserInput(string UserName, string Path, string? PermissionsBoundaryArn, IReadOnlyList<IamTag> Tags) : Users.IUserStepInput;

public sealed record LoginProfileInput(string UserName, bool PasswordResetRequired, PasswordChoice PasswordChoice) : Users.IUserStepInput;

/// <summary>The console password the job sets: handed to the step through Jobs.JobSecrets by the circuit that started it.</summary>
public sealed record InitialPassword(string Value)
{
    public override string ToString() => "InitialPassword { *** }";
}

/// <summary>What an onboarding job records about its request (never the password): the audit entry's parameters, typed.</summary>
public sealed record OnboardingJobData(
    string UserName, string Path, bool ConsoleAccess, PasswordChoice PasswordChoice, bool PasswordResetRequired, bool ProgrammaticAccess,
    IReadOnlyList<string> Groups, string? CopyGroupsFromUser, IReadOnlyList<string> ManagedPolicyArns, string? Justification,
    string? PermissionsBoundaryArn, IReadOnlyList<string> TagKeys)
{
    public static OnboardingJobData Of(OnboardingRequest r) => new(
        r.UserName, r.Path, r.ConsoleAccess, r.PasswordChoice, r.PasswordResetRequired, r.ProgrammaticAccess, r.Groups, r.CopyGroupsFromUser,
        r.ManagedPolicyArns, r.DirectAttachmentJustification, r.PermissionsBoundaryArn, r.Tags.Select(t => t.Key).ToList());

    /// <summary>The audit entry's parameters (lists joined, as the audit page shows them).</summary>
    public Dictionary<string, object?> ToParameters() => new()
    {
        ["UserName"] = UserName, ["Path"] = Path, ["ConsoleAccess"] = ConsoleAccess, ["PasswordChoice"] = PasswordChoice.ToString(),
        ["PasswordResetRequired"] = PasswordResetRequired, ["ProgrammaticAccess"] = ProgrammaticAccess,
        ["Groups"] = string.Join(",", Groups), ["CopyGroupsFromUser"] = CopyGroupsFromUser,
        ["ManagedPolicyArns"] = string.Join(",", ManagedPolicyArns), ["Justification"] = Justification,
        ["PermissionsBoundaryArn"] = PermissionsBoundaryArn, ["TagKeys"] = string.Join(",", TagKeys),
    };
}
