using IamPortal.Application.Operators;

namespace IamPortal.Web.Auth;

/// <summary>
/// <see cref="IOperatorContext"/> for the web host: the circuit's principal inside a Blazor circuit, the request's
/// principal during prerendering and plain HTTP requests, otherwise anonymous; the role comes from the role mappings.
/// </summary>
public sealed class ClaimsOperatorContext(CircuitPrincipal circuit, IHttpContextAccessor http, PortalRoleMapper roles, OperatorOverride portal) : IOperatorContext
{
    public OperatorIdentity Current => portal.Identity ?? OperatorClaims.ToOperator(circuit.User ?? http.HttpContext?.User, roles);
}
