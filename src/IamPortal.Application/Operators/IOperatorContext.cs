namespace IamPortal.Application.Operators;

/// <summary>Who acts in the current request or circuit. The seam for SSO: Web supplies it from the signed-in principal.</summary>
public interface IOperatorContext
{
    OperatorIdentity Current { get; }

    /// <summary>
    /// The same operator with the role the role mappings give them in <paramref name="accountId"/> (roles can be limited
    /// to accounts); for work this scope does in another account (cross-account views).
    /// </summary>
    OperatorIdentity For(string accountId) => Current;
}
