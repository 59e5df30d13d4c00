using IamPortal.Application.Accounts;

namespace IamPortal.Web.Features.Accounts;

/// <summary>
/// Moves <c>/accounts/{id}</c> from the path to the path base, so <c>/accounts/{id}/users/alice</c> is the users page of
/// that account (and its assets, Blazor hub and downloads resolve under the same base). An account the portal does not
/// manage is a 404; <c>/accounts/{id}</c> alone goes to its users.
/// </summary>
public sealed class AccountPathMiddleware(RequestDelegate next, IAccountDirectory accounts)
{
    public const string ItemKey = "IamPortal.AccountId";

    public async Task InvokeAsync(HttpContext http)
    {
        var path = http.Request.Path.Value;
        if (AccountPaths.AccountIdOf(path) is not { } id)
        {
            await next(http);
            return;
        }
        var prefix = $"{AccountPaths.Prefix}/{id}";
        var rest = path![prefix.Length..];
        if (rest.Length == 0)
        {
            http.Response.Redirect($"{http.Request.PathBase}{prefix}/users");
            return;
        }
        await accounts.ListAsync(http.RequestAborted);
        if (!accounts.IsMultiAccount || accounts.Find(id) is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound; // the status code pages show "not found"
            return;
        }
        http.Request.PathBase = http.Request.PathBase.Add(prefix);
        http.Request.Path = rest;
        http.Items[ItemKey] = id;
        await next(http);
    }
}
