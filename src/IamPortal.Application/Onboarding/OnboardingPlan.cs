using System.Text.RegularExpressions;
using IamPortal.Application.Audit;
using IamPortal.Application.Jobs;
using IamPortal.Application.Users;

namespace IamPortal.Application.Onboarding;

/// <summary>The kinds of step an onboarding job runs, in the order IAM needs them.</summary>
public static class OnboardingStepKinds
{
    public const string CreateUser = "CreateUser";
    public const string CreateLoginProfile = "CreateLoginProfile";
    public const string CreateAccessKey = "CreateAccessKey";
    public const string AddUserToGroup = "AddUserToGroup";
    public const string AttachUserPolicy = "AttachUserPolicy";

    /// <summary>The audit name of a step's IAM call: the same name the user page records for it.</summary>
    public static string AuditActionOf(string kind) => kind switch
    {
        CreateUser => AuditActions.CreateUser,
        CreateLoginProfile => AuditActions.EnableConsoleAccess,
        CreateAccessKey => AuditActions.CreateAccessKey,
        AddUserToGroup => AuditActions.AddToGroup,
        AttachUserPolicy => AuditActions.AttachPolicy,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Onboarding has no step of this kind."),
    };
}

/// <summary>One thing onboarding will do, with the equivalent AWS CLI command (never a secret) and the step's journaled inputs.</summary>
public sealed record OnboardingPlanStep(string Kind, string Description, string CliCommand, JobData Input);

/// <summary>Turns a request into the ordered plan the Review step shows and the job runs.</summary>
public static partial class OnboardingPlanner
{
    public const string PasswordPlaceholder = "<generated>";
    public const string CustomPasswordPlaceholder = "<password>";
    public const string JobIdPlaceholder = "<job-id>";

    public static IReadOnlyList<OnboardingPlanStep> BuildPlan(OnboardingRequest r)
    {
        var user = r.UserName;
        var steps = new List<OnboardingPlanStep> { CreateUser(r) };
        if (r.ConsoleAccess)
        {
            var placeholder = r.PasswordChoice == PasswordChoice.Generated ? PasswordPlaceholder : CustomPasswordPlaceholder;
            steps.Add(new(OnboardingStepKinds.CreateLoginProfile,
                $"Give {user} a console password ({(r.PasswordChoice == PasswordChoice.Generated ? "generated" : "custom")})" +
                (r.PasswordResetRequired ? " that must be changed at first sign-in" : ""),
                $"aws iam create-login-profile --user-name {Quote(user)} --password {Quote(placeholder)}" +
                (r.PasswordResetRequired ? " --password-reset-required" : " --no-password-reset-required"),
                JobData.From(new LoginProfileInput(user, r.PasswordResetRequired, r.PasswordChoice))));
        }
        if (r.ProgrammaticAccess)
            steps.Add(new(OnboardingStepKinds.CreateAccessKey, $"Create an access key for {user}",
                $"aws iam create-access-key --user-name {Quote(user)}", JobData.From(new UserInput(user))));
        foreach (var group in r.Groups.Distinct(StringComparer.OrdinalIgnoreCase))
            steps.Add(new(OnboardingStepKinds.AddUserToGroup, $"Add {user} to the group {group}",
                $"aws iam add-user-to-group --group-name {Quote(group)} --user-name {Quote(user)}", JobData.From(new GroupInput(user, group))));
        foreach (var arn in r.ManagedPolicyArns.Distinct())
            steps.Add(new(OnboardingStepKinds.AttachUserPolicy, $"Attach the managed policy {PolicyName(arn)} directly to {user}",
                $"aws iam attach-user-policy --user-name {Quote(user)} --policy-arn {Quote(arn)}", JobData.From(new ManagedPolicyInput(user, arn))));
        return steps;
    }

    private static OnboardingPlanStep CreateUser(OnboardingRequest r)
    {
        var cli = $"aws iam create-user --user-name {Quote(r.UserName)}";
        var description = $"Create the IAM user {r.UserName}";
        if (r.Path != "/") { cli += $" --path {Quote(r.Path)}"; description += $" at path {r.Path}"; }
        if (!string.IsNullOrWhiteSpace(r.PermissionsBoundaryArn))
        {
            cli += $" --permissions-boundary {Quote(r.PermissionsBoundaryArn)}";
            description += $" with the permissions boundary {PolicyName(r.PermissionsBoundaryArn)}";
        }
        // The job's own tag proves later steps, a retry and a rollback act on the user this job created.
        var tags = r.Tags.Append(new Iam.IamTag(OnboardingOwnership.TagKey, JobIdPlaceholder));
        cli += " --tags " + string.Join(" ", tags.Select(t => Quote($"Key={t.Key},Value={t.Value}")));
        if (r.Tags.Count > 0) description += $" and {r.Tags.Count} tag{(r.Tags.Count == 1 ? "" : "s")}";
        var input = new CreateUserInput(r.UserName, r.Path, string.IsNullOrWhiteSpace(r.PermissionsBoundaryArn) ? null : r.PermissionsBoundaryArn, r.Tags);
        return new(OnboardingStepKinds.CreateUser, description, cli, JobData.From(input));
    }

    public static string PolicyName(string arn) => arn[(arn.LastIndexOf('/') + 1)..];

    /// <summary>Quotes a value for a POSIX shell when it holds anything beyond plain name characters.</summary>
    public static string Quote(string value) =>
        SafeForShell().IsMatch(value) ? value : "'" + value.Replace("'", @"'\''", StringComparison.Ordinal) + "'";

    [GeneratedRegex(@"^[A-Za-z0-9_./:@+=,-]+$")]
    private static partial Regex SafeForShell();
}
