using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using IamPortal.Application.Users;

namespace IamPortal.Application.Onboarding;

/// <summary>
/// Runs one journaled onboarding step against IAM through <see cref="IAuditedOperations"/> (ManageUsers, audited under
/// <see cref="OnboardingStepKinds.AuditActionOf"/>, via "Onboarding"). "Already exists" counts as done only for a user that carries this job's ownership tag
/// (<see cref="OnboardingOwnership"/>), and every step after CreateUser first checks that the user is still the job's.
/// The password comes from, and the new key's secret goes to, the starting circuit's <see cref="JobSecrets"/>.
/// </summary>
public sealed class OnboardingStepExecutor(
    IIamUsersApi iamUsers, IIamCredentialsApi iamCredentials, IIamGroupsApi iamGroups, IIamPoliciesApi iamPolicies, IAuditedOperations audited)
{
    private const string Feature = "Onboarding";

    public async Task<StepOutcome> ExecuteAsync(StepContext step, CancellationToken ct)
    {
        var jobId = step.Job.Id;
        if (step.Step.Kind == OnboardingStepKinds.CreateUser) return await CreateUserAsync(jobId, step.Input<CreateUserInput>(), ct);
        var user = step.Input<UserInput>().UserName;
        await EnsureOwnedAsync(jobId, user, ct);
        switch (step.Step.Kind)
        {
            case OnboardingStepKinds.CreateLoginProfile:
                return await CreateLoginProfileAsync(step.Input<LoginProfileInput>(), step.Secrets.Peek<InitialPassword>(jobId), ct);
            case OnboardingStepKinds.CreateAccessKey:
                var key = await audited.RunAsync(Permission.ManageUsers, OnboardingStepKinds.AuditActionOf(OnboardingStepKinds.CreateAccessKey), user,
                    AuditActions.Via(Feature), c => iamCredentials.CreateAccessKeyAsync(user, c), ct);
                step.Secrets.Hand(jobId, key);
                return StepOutcome.Done(new CreatedAccessKey(key.AccessKeyId));
            case OnboardingStepKinds.AddUserToGroup:
                var group = step.Input<GroupInput>().GroupName;
                await RunAsync(OnboardingStepKinds.AddUserToGroup, user, new() { ["GroupName"] = group }, c => iamGroups.AddUserToGroupAsync(group, user, c), ct);
                return StepOutcome.Done();
            case OnboardingStepKinds.AttachUserPolicy:
                var arn = step.Input<ManagedPolicyInput>().PolicyArn;
                await RunAsync(OnboardingStepKinds.AttachUserPolicy, user, new() { ["PolicyArn"] = arn }, c => iamPolicies.AttachUserPolicyAsync(user, arn, c), ct);
                return StepOutcome.Done();
            default:
                throw new InvalidOperationException($"Onboarding has no step of kind {step.Step.Kind}.");
        }
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

    private async Task<StepOutcome> CreateUserAsync(Guid jobId, CreateUserInput input, CancellationToken ct)
    {
        var user = input.UserName;
        var path = input.Path is { Length: > 0 } p ? p : "/";
        var boundary = input.PermissionsBoundaryArn is { Length: > 0 } b ? b : null;
        var tags = input.Tags.Append(OnboardingOwnership.TagFor(jobId)).ToList();
        var parameters = new Dictionary<string, object?>
        {
            ["Path"] = path, ["PermissionsBoundaryArn"] = boundary, ["Tags"] = string.Join(", ", tags.Select(t => $"{t.Key}={t.Value}")),
        };
        try
        {
            await RunAsync(OnboardingStepKinds.CreateUser, user, parameters, c => iamUsers.CreateUserAsync(user, path, boundary, tags, c), ct);
        }
        catch (EntityAlreadyExistsException)
        {
            // Done only if IAM created it for this job on an earlier attempt whose answer was lost: the tag proves it.
            if (await FindOwnedUserAsync(jobId, user, ct) is null) throw;
        }
        return StepOutcome.Done();
    }

    private async Task<StepOutcome> CreateLoginProfileAsync(LoginProfileInput input, InitialPassword? password, CancellationToken ct)
    {
        var (user, resetRequired) = (input.UserName, input.PasswordResetRequired);
        if (password is null)
            return StepOutcome.Failed("PasswordNotInMemory", "The password is no longer in memory; set a console password from the user's page.");
        var parameters = new Dictionary<string, object?> { ["PasswordResetRequired"] = resetRequired };
        try
        {
            await RunAsync(OnboardingStepKinds.CreateLoginProfile, user, parameters,
                c => iamCredentials.CreateLoginProfileAsync(user, password.Value, resetRequired, c), ct);
        }
        catch (EntityAlreadyExistsException)
        {
            // The user is this job's, but who set the password that exists is unknown: set the one this job will show.
            await audited.RunAsync(Permission.ManageUsers, AuditActions.ResetConsolePassword, user, AuditActions.Via(Feature, parameters),
                c => iamCredentials.UpdateLoginProfileAsync(user, password.Value, resetRequired, c), ct);
        }
        return StepOutcome.Done();
    }

    private Task RunAsync(string kind, string user, Dictionary<string, object?> parameters, Func<CancellationToken, Task> operation, CancellationToken ct) =>
        audited.RunAsync(Permission.ManageUsers, OnboardingStepKinds.AuditActionOf(kind), user, AuditActions.Via(Feature, parameters), operation, ct);
}
