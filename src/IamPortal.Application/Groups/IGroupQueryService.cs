namespace IamPortal.Application.Groups;

/// <summary>Reads of groups (every portal role): the list, one group's page, CSV, and Access Advisor.</summary>
public interface IGroupQueryService
{
    Task<GroupListResult> ListAsync(GroupQuery query, CancellationToken ct = default);

    Task<string> ExportCsvAsync(GroupQuery query, CancellationToken ct = default);

    /// <summary>The group from the inventory, or null when the account has no such group.</summary>
    Task<GroupDetail?> GetAsync(string groupName, CancellationToken ct = default);

    /// <summary>GenerateServiceLastAccessedDetails on the group's ARN; returns the job id to poll.</summary>
    Task<string> StartAccessAdvisorAsync(string groupName, CancellationToken ct = default);

    /// <summary>GetServiceLastAccessedDetails for the job, with entity ARNs turned into user names.</summary>
    Task<GroupAccessReport> GetAccessAdvisorAsync(string jobId, CancellationToken ct = default);
}
