namespace IamPortal.Application.Operators;

public enum PortalRole { None, Auditor, TeamLead, SecurityAdmin }

/// <summary>The human acting through the portal (never an IAM user).</summary>
public sealed record OperatorIdentity(string Subject, string Name, string? Email, string Provider, PortalRole Role)
{
    public static readonly OperatorIdentity Anonymous = new("anonymous", "Anonymous", null, "none", PortalRole.None);
}
