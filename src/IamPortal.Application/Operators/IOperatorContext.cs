namespace IamPortal.Application.Operators;

/// <summary>Who acts in the current request or circuit. The seam for SSO: Web supplies it from the signed-in principal.</summary>
public interface IOperatorContext
{
    OperatorIdentity Current { get; }
}
