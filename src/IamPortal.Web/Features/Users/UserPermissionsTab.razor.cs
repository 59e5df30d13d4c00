using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Users;

/// <summary>
/// The user's permissions: the policies panel (attach, detach, inline policies, each with its risk), "Move to a group"
/// when the user has policies of its own (CIS 1.15), and the permissions boundary.
/// </summary>
public partial class UserPermissionsTab
{
    [Parameter, EditorRequired] public required string UserName { get; set; }
    /// <summary>Whether the user has directly attached or inline policies (offers "Move to a group").</summary>
    [Parameter] public bool HasDirectPolicies { get; set; }
    [Parameter] public string? PermissionsBoundaryArn { get; set; }

    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;

    private bool CanMove => OperatorContext.Can(Permission.ManageGroups);
}
