namespace IamPortal.Application.Operators;

public static class OperatorContextExtensions
{
    /// <summary>Read access (every portal role). Reads are not audited; refusals of mutations are (see IAccessGuard).</summary>
    public static OperatorIdentity EnsureCanRead(this IOperatorContext context, string action) =>
        context.Ensure(Permission.ReadIam, action);

    public static OperatorIdentity Ensure(this IOperatorContext context, Permission permission, string action)
    {
        var op = context.Current;
        if (!RolePermissions.Allows(op.Role, permission)) throw new PortalAccessDeniedException(action, op.Role);
        return op;
    }

    public static bool Can(this IOperatorContext context, Permission permission) =>
        RolePermissions.Allows(context.Current.Role, permission);
}
