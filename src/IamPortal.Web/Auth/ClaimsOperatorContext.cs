using IamPortal.Application.Security;

namespace IamPortal.Web.Auth;

/// <summary>
/// <see cref="IOperatorContext"/> for the web host: the circuit's principal inside a Blazor circuit, the request's
/// principal during prerendering and plain HTTP requests, otherwise anonymous.
/// </summary>
public sealed class ClaimsOperatorContext(CircuitPrincipal circuit, IHttpContextAccessor http) : IOperatorContext
{
    public OperatorIdentity Current => OperatorClaims.ToOperator(circuit.User ?? http.HttpContext?.User);
}
