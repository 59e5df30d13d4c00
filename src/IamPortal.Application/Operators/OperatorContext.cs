namespace IamPortal.Application.Operators;

public enum PortalRole { None, Auditor, TeamLead, SecurityAdmin }

/// <summary>The human acting through the portal (never an IAM user).</summary>
public sealed record OperatorIdentity(string Subject, string Name, string? Email, string Provider, PortalRole Role)
{
    public static readonly OperatorIdentity Anonymous = new("anonymous", "Anonymous", null, "none", PortalRole.None);
}

/// <summary>The portal acting by itself, never for a human who is not recorded: the identity is named in the audit log.</summary>
public static class PortalOperators
{
    public const string Provider = "Portal";

    /// <summary>
    /// Continues a job an operator started and the portal instance running it died (ADR 0012). The start was authorised
    /// for that operator; the resumed steps are audited as the portal, naming them.
    /// </summary>
    /// <summary>The portal's scheduled reads (inventory refresh, trend snapshots) in every account: reads only.</summary>
    public static readonly OperatorIdentity Scheduled = new("portal:scheduled", "IamPortal (scheduled work)", null, Provider, PortalRole.Auditor);

    public static OperatorIdentity ResumingFor(Jobs.Job job) =>
        new("portal:job-recovery", $"IamPortal (resuming the job {job.CreatedBy} started)", null, Provider, PortalRole.SecurityAdmin);
}
