using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Onboarding;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Credentials;

public interface IConsoleAccessService
{
    /// <summary>The account's password policy (null: IAM's default), for the form's hints.</summary>
    Task<IamPasswordPolicy?> GetPasswordPolicyAsync(CancellationToken ct = default);
    Task<CommandResult<ConsolePasswordIssued>> EnableAsync(ConsolePasswordRequest request, CancellationToken ct = default);
    Task<CommandResult<ConsolePasswordIssued>> ResetAsync(ConsolePasswordRequest request, CancellationToken ct = default);
    Task<CommandResult> DisableAsync(string userName, CancellationToken ct = default);
}
