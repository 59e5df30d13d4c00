using IamPortal.Application.Operators;

namespace IamPortal.Application.Reviews;

/// <summary>The portal acting by itself on campaigns (start, end and apply at their times), named in the audit log.</summary>
public static class ReviewOperators
{
    public static OperatorIdentity Scheduler { get; } =
        new("portal:review-scheduler", "IamPortal (access review scheduler)", null, PortalOperators.Provider, PortalRole.SecurityAdmin);
}
