namespace IamPortal.Application.AccessAdvisor;

/// <summary>
/// Access Advisor for a user or a group (every portal role may read it): start IAM's job, then read it until it is done;
/// the completed report carries per service the granting policies and the last use, and
/// <see cref="LeastPrivilegeHints.Evaluate(AccessAdvisorReport, int, DateTimeOffset)"/> turns it into hints at a threshold.
/// </summary>
public interface IAccessAdvisorHints
{
    /// <summary>GenerateServiceLastAccessedDetails (SERVICE_LEVEL) on the subject's ARN; the job id to poll.</summary>
    Task<string> StartAsync(AdvisorSubject subject, CancellationToken ct = default);

    /// <summary>GetServiceLastAccessedDetails, joined with the services the subject's policies grant (from the inventory).</summary>
    Task<AccessAdvisorReport> ReadAsync(AdvisorSubject subject, string jobId, CancellationToken ct = default);
}
