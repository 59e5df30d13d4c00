using IamPortal.Application.Inventory;

namespace IamPortal.Application.Users;

public interface IUserQueryService
{
    Task<UserQueryResult> QueryAsync(UserQuery query, CancellationToken ct = default);
    /// <summary>CSV of every row the query's search and filters keep (paging ignored), in the query's sort order.</summary>
    Task<string> ExportCsvAsync(UserQuery query, CancellationToken ct = default);
}
