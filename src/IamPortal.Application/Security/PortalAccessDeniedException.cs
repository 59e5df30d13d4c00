namespace IamPortal.Application.Security;

/// <summary>The operator's portal role does not allow the action. Thrown by Application services, not only hidden in the UI.</summary>
public sealed class PortalAccessDeniedException(string action, PortalRole role)
    : Exception($"Your portal role ({role}) does not allow: {action}.")
{
    public string Action { get; } = action;
    public PortalRole Role { get; } = role;
}

public static class OperatorContextExtensions
{
    /// <summary>Reading the inventory and users is open to every portal role; an operator with no role gets nothing.</summary>
    public static OperatorIdentity EnsureCanRead(this IOperatorContext context, string action)
    {
        var op = context.Current;
        if (op.Role == PortalRole.None) throw new PortalAccessDeniedException(action, op.Role);
        return op;
    }
}
