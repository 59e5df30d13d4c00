namespace IamPortal.Application.Policies.Managed;

/// <summary>The policies list: customer managed from the inventory, AWS managed from a cached ListPolicies (ReadIam).</summary>
public interface IPolicyListService
{
    Task<PolicyList> ListAsync(PolicyListQuery query, CancellationToken ct = default);
    Task<string> ExportCsvAsync(PolicyListQuery query, CancellationToken ct = default);
    /// <summary>Customer and AWS managed policies attached to anything plus every customer managed one: the attach picker's choices.</summary>
    Task<PolicyList> AttachableAsync(CancellationToken ct = default);
}
