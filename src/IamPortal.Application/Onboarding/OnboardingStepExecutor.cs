using System.Text.Json;
using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Security;

namespace IamPortal.Application.Onboarding;

/// <summary>
/// Runs one journaled onboarding step against IAM through <see cref="IAuditedOperations"/> (ManageUsers, audited under
/// <see cref="OnboardingStepKinds.AuditActionOf"/>, via "Onboarding"). A step that was already attempted treats IAM's "already exists" as done.
/// </summary>
public sealed class OnboardingStepExecutor(IIamClient iam, IAuditedOperations audited)
{
    private const string Feature = "Onboarding";

    public Task ExecuteAsync(JobStep step, OnboardingSecrets secrets, CancellationToken ct)
    {
        var user = step.Data["UserName"];
        var attemptedBefore = step.Status != StepStatus.Pending;
        return step.Kind switch
        {
            OnboardingStepKinds.CreateUser => CreateUserAsync(step, user, attemptedBefore, ct),
            OnboardingStepKinds.CreateLoginProfile => CreateLoginProfileAsync(step, user, secrets, attemptedBefore, ct),
            OnboardingStepKinds.CreateAccessKey => CreateAccessKeyAsync(user, secrets, ct),
            OnboardingStepKinds.AddUserToGroup => RunAsync(step.Kind, user, new() { ["GroupName"] = step.Data["GroupName"] },
                c => iam.AddUserToGroupAsync(step.Data["GroupName"], user, c), ct),
            OnboardingStepKinds.AttachUserPolicy => RunAsync(step.Kind, user, new() { ["PolicyArn"] = step.Data["PolicyArn"] },
                c => iam.AttachUserPolicyAsync(user, step.Data["PolicyArn"], c), ct),
            _ => throw new InvalidOperationException($"Onboarding has no step of kind {step.Kind}."),
        };
    }

    private async Task CreateUserAsync(JobStep step, string user, bool attemptedBefore, CancellationToken ct)
    {
        var path = step.Data.GetValueOrDefault("Path") is { Length: > 0 } p ? p : "/";
        var boundary = step.Data.GetValueOrDefault("PermissionsBoundaryArn") is { Length: > 0 } b ? b : null;
        var tags = (JsonSerializer.Deserialize<string[][]>(step.Data.GetValueOrDefault("Tags") ?? "[]") ?? [])
            .Select(t => new IamTag(t[0], t[1])).ToList();
        var parameters = new Dictionary<string, object?>
        {
            ["Path"] = path, ["PermissionsBoundaryArn"] = boundary, ["Tags"] = string.Join(", ", tags.Select(t => $"{t.Key}={t.Value}")),
        };
        try
        {
            await RunAsync(step.Kind, user, parameters, c => iam.CreateUserAsync(user, path, boundary, tags, c), ct);
        }
        catch (EntityAlreadyExistsException) when (attemptedBefore)
        {
            // A retry after IAM created the user but the journal did not hear back: the user is ours.
        }
    }

    private async Task CreateLoginProfileAsync(JobStep step, string user, OnboardingSecrets secrets, bool attemptedBefore, CancellationToken ct)
    {
        var resetRequired = step.Data.GetValueOrDefault("PasswordResetRequired") != "false";
        if (secrets.Password is null)
            throw new InvalidOperationException("The password is no longer in memory; set a console password from the user's page.");
        try
        {
            await RunAsync(step.Kind, user, new() { ["PasswordResetRequired"] = resetRequired },
                c => iam.CreateLoginProfileAsync(user, secrets.Password, resetRequired, c), ct);
        }
        catch (EntityAlreadyExistsException) when (attemptedBefore)
        {
            // Created by the earlier attempt with this same in-memory password.
        }
    }

    private async Task CreateAccessKeyAsync(string user, OnboardingSecrets secrets, CancellationToken ct)
    {
        if (secrets.AccessKeyId is not null) return;
        var key = await audited.RunAsync(Permission.ManageUsers, OnboardingStepKinds.AuditActionOf(OnboardingStepKinds.CreateAccessKey), user, AuditActions.Via(Feature),
            c => iam.CreateAccessKeyAsync(user, c), ct);
        secrets.AccessKeyId = key.AccessKeyId;
        secrets.SecretAccessKey = key.SecretAccessKey;
    }

    private Task RunAsync(string kind, string user, Dictionary<string, object?> parameters, Func<CancellationToken, Task> operation, CancellationToken ct) =>
        audited.RunAsync(Permission.ManageUsers, OnboardingStepKinds.AuditActionOf(kind), user, AuditActions.Via(Feature, parameters), operation, ct);
}
