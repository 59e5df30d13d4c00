using IamPortal.Application.Iam;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Users;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Users;

/// <summary>
/// The user's permissions: the policies panel (attach, detach, inline policies, each with its risk) and the permissions
/// boundary. The user's name comes from <see cref="UserName"/>, or from the page's address (/users/{name}) while the page
/// does not pass it; without either the read-only lists show.
/// </summary>
public partial class UserPermissionsTab
{
    [Parameter, EditorRequired] public required SectionRead<IReadOnlyList<IamAttachedPolicy>> AttachedPolicies { get; set; }
    [Parameter, EditorRequired] public required SectionRead<IReadOnlyList<string>> InlinePolicyNames { get; set; }
    [Parameter] public string? PermissionsBoundaryArn { get; set; }
    [Parameter] public string? UserName { get; set; }

    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private PrincipalRef? Principal => (UserName ?? UserNameFromAddress()) is { Length: > 0 } name ? PrincipalRef.User(name) : null;

    private string? UserNameFromAddress()
    {
        var segments = new Uri(Navigation.Uri).AbsolutePath.Trim('/').Split('/');
        return segments is ["users", var name, ..] && name != "new" ? Uri.UnescapeDataString(name) : null;
    }
}
