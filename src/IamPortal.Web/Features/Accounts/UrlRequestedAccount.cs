using IamPortal.Application.Accounts;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Accounts;

/// <summary>
/// <see cref="IRequestedAccount"/> from the URL: in a circuit (and while prerendering) the page's base URI
/// (<c>/accounts/{id}/</c>), for plain HTTP requests the account <see cref="AccountPathMiddleware"/> took off the path.
/// </summary>
public sealed class UrlRequestedAccount(NavigationManager navigation, IHttpContextAccessor http) : IRequestedAccount
{
    public string? AccountId => FromBaseUri() ?? http.HttpContext?.Items[AccountPathMiddleware.ItemKey] as string;

    private string? FromBaseUri()
    {
        try
        {
            return AccountPaths.AccountIdOf(new Uri(navigation.BaseUri).AbsolutePath);
        }
        catch (InvalidOperationException)
        {
            return null; // not a component scope: no navigation manager here
        }
    }
}
