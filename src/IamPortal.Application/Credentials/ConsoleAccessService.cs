using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Onboarding;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Credentials;

/// <summary>A console password to set: typed by the operator, or generated (null) to satisfy the live password policy.</summary>
public sealed record ConsolePasswordRequest(string UserName, string? Password, bool MustChange);

/// <summary>The password that was set; shown once, never stored.</summary>
public sealed record ConsolePasswordIssued(string UserName, string Password, bool MustChange, bool Generated)
{
    public override string ToString() => $"ConsolePasswordIssued {{ UserName = {UserName}, Password = *** }}";
}

/// <summary>Console access (the login profile): enable with a password, reset it, disable it.</summary>
public sealed class ConsoleAccessService(
    IIamCredentialsApi iamCredentials, IIamAccountApi iamAccount, IOperatorContext operatorContext, CredentialCommandRunner runner) : IConsoleAccessService
{
    public Task<IamPasswordPolicy?> GetPasswordPolicyAsync(CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read the password policy");
        return iamAccount.GetAccountPasswordPolicyAsync(ct);
    }

    public Task<CommandResult<ConsolePasswordIssued>> EnableAsync(ConsolePasswordRequest request, CancellationToken ct = default) =>
        SetAsync(AuditActions.EnableConsoleAccess, request, async (password, c) =>
            await iamCredentials.CreateLoginProfileAsync(request.UserName, password, request.MustChange, c), ct);

    public Task<CommandResult<ConsolePasswordIssued>> ResetAsync(ConsolePasswordRequest request, CancellationToken ct = default) =>
        SetAsync(AuditActions.ResetConsolePassword, request, (password, c) =>
            iamCredentials.UpdateLoginProfileAsync(request.UserName, password, request.MustChange, c), ct);

    public async Task<CommandResult> DisableAsync(string userName, CancellationToken ct = default) =>
        await runner.RunAsync(AuditActions.DisableConsoleAccess, userName, null, null, c => iamCredentials.DeleteLoginProfileAsync(userName, c), ct);

    private async Task<CommandResult<ConsolePasswordIssued>> SetAsync(string action, ConsolePasswordRequest request,
        Func<string, CancellationToken, Task> operation, CancellationToken ct)
    {
        var generated = request.Password is null;
        var password = request.Password ?? "";
        var parameters = new Dictionary<string, object?> { ["MustChange"] = request.MustChange, ["Generated"] = generated };
        return await runner.RunAsync(action, request.UserName, parameters, async c =>
        {
            var policy = await iamAccount.GetAccountPasswordPolicyAsync(c);
            if (generated) password = PasswordGenerator.Generate(policy);
            var problems = IamRules.ValidatePassword(password, policy);
            return CredentialCommandRunner.ErrorAt(CredentialFields.Password, problems.Count == 0 ? null : string.Join(" ", problems));
        }, async c =>
        {
            await operation(password, c);
            return new ConsolePasswordIssued(request.UserName, password, request.MustChange, generated);
        }, ct);
    }
}
