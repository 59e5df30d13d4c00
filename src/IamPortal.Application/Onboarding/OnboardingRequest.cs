using IamPortal.Application.Iam;

namespace IamPortal.Application.Onboarding;

public enum PasswordChoice { Generated, Custom }

/// <summary>The wizard's steps that hold input; <see cref="IOnboardingService.ValidateAsync"/> checks one or all of them.</summary>
public enum OnboardingStep { Details, Access, Permissions, Tags }

/// <summary>
/// Everything the operator chose in the onboarding wizard. <see cref="CustomPassword"/> is a secret: it lives only in
/// memory, never in the job journal, the audit log or a log line (hence the redacted <see cref="ToString"/>).
/// </summary>
public sealed record OnboardingRequest
{
    public string UserName { get; init; } = "";
    public string Path { get; init; } = "/";

    public bool ConsoleAccess { get; init; }
    public PasswordChoice PasswordChoice { get; init; } = PasswordChoice.Generated;
    public string? CustomPassword { get; init; }
    public bool PasswordResetRequired { get; init; } = true;
    public bool ProgrammaticAccess { get; init; }

    public IReadOnlyList<string> Groups { get; init; } = [];
    /// <summary>An existing user whose groups the new user also joins.</summary>
    public string? CopyGroupsFromUser { get; init; }
    /// <summary>Managed policy ARNs attached directly to the user (only where guardrails allow, with a justification).</summary>
    public IReadOnlyList<string> ManagedPolicyArns { get; init; } = [];
    public string? DirectAttachmentJustification { get; init; }
    public string? PermissionsBoundaryArn { get; init; }

    public IReadOnlyList<IamTag> Tags { get; init; } = [];

    public override string ToString() =>
        $"OnboardingRequest {{ UserName = {UserName}, Path = {Path}, ConsoleAccess = {ConsoleAccess}, PasswordChoice = {PasswordChoice}, " +
        $"CustomPassword = ***, ProgrammaticAccess = {ProgrammaticAccess}, Groups = [{string.Join(", ", Groups)}], " +
        $"ManagedPolicyArns = [{string.Join(", ", ManagedPolicyArns)}], Tags = {Tags.Count} }}";
}

/// <summary>The field names <see cref="IOnboardingService.ValidateAsync"/> reports errors under.</summary>
public static class OnboardingFields
{
    public const string UserName = nameof(OnboardingRequest.UserName);
    public const string Path = nameof(OnboardingRequest.Path);
    public const string Access = "Access";
    public const string CustomPassword = nameof(OnboardingRequest.CustomPassword);
    public const string Groups = nameof(OnboardingRequest.Groups);
    public const string CopyGroupsFromUser = nameof(OnboardingRequest.CopyGroupsFromUser);
    public const string ManagedPolicyArns = nameof(OnboardingRequest.ManagedPolicyArns);
    public const string DirectAttachmentJustification = nameof(OnboardingRequest.DirectAttachmentJustification);
    public const string PermissionsBoundaryArn = nameof(OnboardingRequest.PermissionsBoundaryArn);
    public const string Tags = nameof(OnboardingRequest.Tags);

    public static string TagKey(int index) => $"Tags[{index}].Key";
    public static string TagValue(int index) => $"Tags[{index}].Value";
}
