namespace IamPortal.Application.Iam;

/// <summary>Groups and their members.</summary>
public interface IIamGroupsApi
{
    Task<IReadOnlyList<IamGroup>> ListGroupsAsync(string? pathPrefix = null, CancellationToken ct = default);
    Task<IamGroup> CreateGroupAsync(string groupName, string? path = null, CancellationToken ct = default);
    Task<IamGroupWithMembers> GetGroupAsync(string groupName, CancellationToken ct = default);
    Task UpdateGroupAsync(string groupName, string? newGroupName = null, string? newPath = null, CancellationToken ct = default);
    Task DeleteGroupAsync(string groupName, CancellationToken ct = default);
    Task AddUserToGroupAsync(string groupName, string userName, CancellationToken ct = default);
    Task RemoveUserFromGroupAsync(string groupName, string userName, CancellationToken ct = default);
    Task<IReadOnlyList<IamGroup>> ListGroupsForUserAsync(string userName, CancellationToken ct = default);
}
