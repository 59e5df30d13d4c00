using IamPortal.Application.Operators;
using Microsoft.AspNetCore.Authorization;

namespace IamPortal.Web.Auth;

/// <summary>A page or endpoint needs the operator's portal role to allow <see cref="Permission"/> (<see cref="RolePermissions.Allows"/>).</summary>
public sealed record PermissionRequirement(Permission Permission) : IAuthorizationRequirement;

/// <summary>Decides <see cref="PermissionRequirement"/> from the role the principal's claims map to.</summary>
public sealed class PermissionAuthorizationHandler(PortalRoleMapper roles) : AuthorizationHandler<PermissionRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        if (RolePermissions.Allows(roles.Map(context.User), requirement.Permission)) context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

public static class PermissionPolicies
{
    /// <summary>
    /// One policy per <see cref="Permission"/>, named after it (<c>[Authorize(Policy = nameof(Permission.ReadAudit))]</c>).
    /// A bare <c>[Authorize]</c> and pages without any attribute need <see cref="Permission.ReadIam"/>: a portal role.
    /// </summary>
    public static AuthorizationBuilder AddPermissionPolicies(this AuthorizationBuilder builder)
    {
        foreach (var permission in Enum.GetValues<Permission>())
        {
            builder.AddPolicy(permission.ToString(), Build(permission));
        }
        var anyRole = Build(Permission.ReadIam);
        return builder.SetDefaultPolicy(anyRole).SetFallbackPolicy(anyRole);
    }

    private static AuthorizationPolicy Build(Permission permission) => new AuthorizationPolicyBuilder()
        .RequireAuthenticatedUser()
        .AddRequirements(new PermissionRequirement(permission))
        .Build();
}
