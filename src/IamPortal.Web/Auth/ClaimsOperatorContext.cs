using IamPortal.Application.Accounts;
using IamPortal.Application.Operators;

namespace IamPortal.Web.Auth;

/// <summary>
/// <see cref="IOperatorContext"/> for the web host: the circuit's principal inside a Blazor circuit, the request's
/// principal during prerendering and plain HTTP requests, otherwise anonymous; the role comes from the role mappings, for
/// the account the scope acts on (roles can be limited to accounts).
/// </summary>
public sealed class ClaimsOperatorContext(CircuitPrincipal circuit, IHttpContextAccessor http, PortalRoleMapper roles, OperatorOverride portal,
    AccountSelection selection, IAccountDirectory accounts) : IOperatorContext
{
    public OperatorIdentity Current => portal.Identity ?? OperatorClaims.ToOperator(Principal, roles, AccountId);

    public OperatorIdentity For(string accountId) => portal.Identity ?? OperatorClaims.ToOperator(Principal, roles, accountId);

    private System.Security.Claims.ClaimsPrincipal? Principal => circuit.User ?? http.HttpContext?.User;

    /// <summary>The scope's account; null in single-account mode (every mapping applies).</summary>
    private string? AccountId => accounts.IsMultiAccount ? selection.AccountId ?? accounts.Default?.Id : null;
}
