using System.Security.Claims;
using IamPortal.Application.Reviews;

namespace IamPortal.Web.Auth;

/// <summary>
/// Records each operator sign-in (persona, OIDC or Entra ID: all end in the cookie's SigningIn) in the operator
/// directory, so admins can pick group owners from people who signed in. Nothing here may block a sign-in: any failure
/// (the directory's store, a missing registration) is logged and the sign-in goes on.
/// </summary>
public static class SignInRecorder
{
    public static async Task RecordAsync(HttpContext http, ClaimsPrincipal? principal)
    {
        if (principal?.Identity is not { IsAuthenticated: true } || http.RequestServices is not { } services) return;
        try
        {
            var op = OperatorClaims.ToOperator(principal, services.GetRequiredService<PortalRoleMapper>());
            if (services.GetService<IOperatorDirectory>() is { } directory)
                await directory.RecordSignInAsync(op.Subject, op.Email, op.Name, http.RequestAborted);
        }
        catch (Exception e)
        {
            // Even a cancelled request signs in: the directory is a convenience for choosing owners.
            services.GetService<ILoggerFactory>()?.CreateLogger(typeof(SignInRecorder)).LogWarning(e, "Could not record the sign-in in the operator directory");
        }
    }
}
