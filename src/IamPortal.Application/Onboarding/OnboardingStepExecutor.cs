using System.Text.Json;
using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Onboarding;

/// <summary>
/// Runs one journaled onboarding step against IAM through <see cref="IAuditedOperations"/> (ManageUsers, audited under
/// <see cref="OnboardingStepKinds.AuditActionOf"/>, via "Onboarding"). "Already exists" counts as done only for a user that carries this job's ownership tag
/// (<see cref="OnboardingOwnership"/>), and every step after CreateUser first checks that the user is still the job's.
/// </summary>
public sealed class OnboardingStepExecutor(
    IIamUsersApi iamUsers, IIamCredentialsApi iamCredentials, IIamGroupsApi iamGroups, IIamPoliciesApi iamPolicies, IAuditedOperations audited)
{
    private const string Feature = "Onboarding";

    public async Task ExecuteAsync(Job job, JobStep step, OnboardingSecrets secrets, CancellationToken ct)
    {
        var user = step.Data["UserName"];
        if (step.Kind == OnboardingStepKinds.CreateUser)
        {
            await CreateUserAsync(job.Id, step, user, ct);
            return;
        }
        await EnsureOwnedAsync(job.Id, user, ct);
        await (step.Kind switch
        {
            OnboardingStepKinds.CreateLoginProfile => CreateLoginProfileAsync(step, user, secrets, ct),
            OnboardingStepKinds.CreateAccessKey => CreateAccessKeyAsync(user, secrets, ct),
            OnboardingStepKinds.AddUserToGroup => RunAsync(step.Kind, user, new() { ["GroupName"] = step.Data["GroupName"] },
                c => iamGroups.AddUserToGroupAsync(step.Data["GroupName"], user, c), ct),
            OnboardingStepKinds.AttachUserPolicy => RunAsync(step.Kind, user, new() { ["PolicyArn"] = step.Data["PolicyArn"] },
                c => iamPolicies.AttachUserPolicyAsync(user, step.Data["PolicyArn"], c), ct),
            _ => throw new InvalidOperationException($"Onboarding has no step of kind {step.Kind}."),
        });
    }

    /// <summary>The user as IAM has it now, if this job created it; null when IAM has no such user.</summary>
    public async Task<IamUser?> FindOwnedUserAsync(Guid jobId, string user, CancellationToken ct)
    {
        IamUser existing;
        try { existing = await iamUsers.GetUserAsync(user, ct); }
        catch (NoSuchEntityException) { return null; }
        return OnboardingOwnership.IsOwnedBy(existing, jobId) ? existing : throw OnboardingOwnership.NotOwned(existing.UserName);
    }

    private async Task EnsureOwnedAsync(Guid jobId, string user, CancellationToken ct)
    {
        if (await FindOwnedUserAsync(jobId, user, ct) is null) throw OnboardingOwnership.Gone(user);
    }

    private async Task CreateUserAsync(Guid jobId, JobStep step, string user, CancellationToken ct)
    {
        var path = step.Data.GetValueOrDefault("Path") is { Length: > 0 } p ? p : "/";
        var boundary = step.Data.GetValueOrDefault("PermissionsBoundaryArn") is { Length: > 0 } b ? b : null;
        var tags = (JsonSerializer.Deserialize<string[][]>(step.Data.GetValueOrDefault("Tags") ?? "[]") ?? [])
            .Select(t => new IamTag(t[0], t[1])).Append(OnboardingOwnership.TagFor(jobId)).ToList();
        var parameters = new Dictionary<string, object?>
        {
            ["Path"] = path, ["PermissionsBoundaryArn"] = boundary, ["Tags"] = string.Join(", ", tags.Select(t => $"{t.Key}={t.Value}")),
        };
        try
        {
            await RunAsync(step.Kind, user, parameters, c => iamUsers.CreateUserAsync(user, path, boundary, tags, c), ct);
        }
        catch (EntityAlreadyExistsException)
        {
            // Done only if IAM created it for this job on an earlier attempt whose answer was lost: the tag proves it.
            if (await FindOwnedUserAsync(jobId, user, ct) is null) throw;
        }
    }

    private async Task CreateLoginProfileAsync(JobStep step, string user, OnboardingSecrets secrets, CancellationToken ct)
    {
        var resetRequired = step.Data.GetValueOrDefault("PasswordResetRequired") != "false";
        if (secrets.Password is null)
            throw new InvalidOperationException("The password is no longer in memory; set a console password from the user's page.");
        var parameters = new Dictionary<string, object?> { ["PasswordResetRequired"] = resetRequired };
        try
        {
            await RunAsync(step.Kind, user, parameters, c => iamCredentials.CreateLoginProfileAsync(user, secrets.Password, resetRequired, c), ct);
        }
        catch (EntityAlreadyExistsException)
        {
            // The user is this job's, but who set the password that exists is unknown: set the one this job will show.
            await audited.RunAsync(Permission.ManageUsers, AuditActions.ResetConsolePassword, user, AuditActions.Via(Feature, parameters),
                c => iamCredentials.UpdateLoginProfileAsync(user, secrets.Password, resetRequired, c), ct);
        }
    }

    private async Task CreateAccessKeyAsync(string user, OnboardingSecrets secrets, CancellationToken ct)
    {
        if (secrets.AccessKeyId is not null) return;
        var key = await audited.RunAsync(Permission.ManageUsers, OnboardingStepKinds.AuditActionOf(OnboardingStepKinds.CreateAccessKey), user, AuditActions.Via(Feature),
            c => iamCredentials.CreateAccessKeyAsync(user, c), ct);
        secrets.AccessKeyId = key.AccessKeyId;
        secrets.SecretAccessKey = key.SecretAccessKey;
    }

    private Task RunAsync(string kind, string user, Dictionary<string, object?> parameters, Func<CancellationToken, Task> operation, CancellationToken ct) =>
        audited.RunAsync(Permission.ManageUsers, OnboardingStepKinds.AuditActionOf(kind), user, AuditActions.Via(Feature, parameters), operation, ct);
}
