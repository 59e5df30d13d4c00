using IamPortal.Application.Iam;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Accounts;

/// <summary>
/// <see cref="IAwsTargetAccessor"/> over the directory and the scope's selection: the selected account (else the first)
/// and how to reach it; the acting operator as SourceIdentity. Nothing selected and no account known yet (discovering
/// them) is the portal's own credentials; a selected account id the directory does not know is refused rather than
/// called with the portal's own credentials.
/// </summary>
public sealed class AwsTargetAccessor(IAccountDirectory directory, AccountSelection selection, IOperatorContext operators) : IAwsTargetAccessor
{
    public AwsTarget? Target
    {
        get
        {
            if (!directory.IsMultiAccount) return null;
            if (selection.AccountId is not { } id) return directory.Default?.Target is { IsAssumed: true } first ? first : null;
            var account = directory.Find(id) ?? throw new IamException(UnknownAccount, $"The portal has no account {id}.");
            return account.Target.IsAssumed ? account.Target : null;
        }
    }

    public string? SourceIdentity => operators.Current is { Provider: not PortalOperators.Provider } op && op != OperatorIdentity.Anonymous
        ? SourceIdentityFormat.From(op.Email ?? op.Subject)
        : null;

    public const string UnknownAccount = "UnknownAccount";
}
