using IamPortal.Application.Operators;
using IamPortal.Web.Auth;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.SignIn;

/// <summary>For an operator whose IdP groups match no role mapping: who they are and which groups would grant access.</summary>
public partial class NoRolePage
{
    private OperatorIdentity _operator = OperatorIdentity.Anonymous;

    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;
    [Inject] private PortalRoleMapper Roles { get; set; } = default!;
    [Inject] private IConfiguration Configuration { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    /// <summary><c>Authorization:AccessRequestContact</c>: who grants portal groups.</summary>
    private string Contact => Configuration["Authorization:AccessRequestContact"] is { Length: > 0 } contact
        ? contact
        : "your identity provider's administrator";

    private IEnumerable<(string Group, PortalRole Role)> Groups => Roles.Options.RoleMappings
        .OrderByDescending(m => m.Key)
        .SelectMany(m => m.Value.Select(group => (group, m.Key)));

    protected override void OnInitialized()
    {
        _operator = OperatorContext.Current;
        if (_operator == OperatorIdentity.Anonymous) Navigation.NavigateTo(SignInEndpoints.LoginPath);
        else if (_operator.Role != PortalRole.None) Navigation.NavigateTo("users");
    }
}
