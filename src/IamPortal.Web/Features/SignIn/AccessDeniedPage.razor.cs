using IamPortal.Application.Operators;
using IamPortal.Web.Auth;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.SignIn;

/// <summary>Shown when the operator's role does not allow a page; operators without any role go to the no-role page.</summary>
public partial class AccessDeniedPage
{
    private OperatorIdentity _operator = OperatorIdentity.Anonymous;

    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "returnUrl")] private string? ReturnUrl { get; set; }

    protected override void OnInitialized()
    {
        _operator = OperatorContext.Current;
        if (_operator == OperatorIdentity.Anonymous)
        {
            Navigation.NavigateTo($"{SignInEndpoints.LoginPath}?returnUrl={Uri.EscapeDataString(SignInEndpoints.LocalUrl(ReturnUrl))}");
        }
        else if (_operator.Role == PortalRole.None)
        {
            Navigation.NavigateTo(SignInEndpoints.NoRolePath);
        }
    }
}
