namespace IamPortal.Application.Operators;

/// <summary>The operator's portal role does not allow the action. Thrown by Application services, not only hidden in the UI.</summary>
public sealed class PortalAccessDeniedException(string action, PortalRole role)
    : Exception(role == PortalRole.None
        ? $"You are signed in but have no portal role, so you cannot {action}. Ask an administrator to add you to a portal group."
        : $"Your portal role ({role}) does not allow you to {action}.")
{
    public string Action { get; } = action;
    public PortalRole Role { get; } = role;
}
