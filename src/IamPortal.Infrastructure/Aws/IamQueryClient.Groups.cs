using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Aws;

internal sealed partial class IamQueryClient
{
    public Task<IReadOnlyList<IamGroup>> ListGroupsAsync(string? pathPrefix = null, CancellationToken ct = default) =>
        ListAllAsync(Q("ListGroups").Add("PathPrefix", pathPrefix), "Groups", IamResponseMapper.Group, ct);

    public async Task<IamGroup> CreateGroupAsync(string groupName, string? path = null, CancellationToken ct = default)
    {
        var result = await CallAsync(Q("CreateGroup").Add("GroupName", groupName).Add("Path", path), ct).ConfigureAwait(false);
        return IamResponseMapper.Group(result.ReqChild("Group"));
    }

    /// <summary>GetGroup pages its members; every page repeats the group.</summary>
    public async Task<IamGroupWithMembers> GetGroupAsync(string groupName, CancellationToken ct = default)
    {
        IamGroup? group = null;
        var users = new List<IamUser>();
        await ForEachPageAsync(Q("GetGroup").Add("GroupName", groupName), page =>
        {
            group ??= IamResponseMapper.Group(page.ReqChild("Group"));
            users.AddRange(page.Members("Users").Select(IamResponseMapper.User));
        }, ct).ConfigureAwait(false);
        return new IamGroupWithMembers(group!, users);
    }

    public Task UpdateGroupAsync(string groupName, string? newGroupName = null, string? newPath = null, CancellationToken ct = default) =>
        SendAsync(Q("UpdateGroup").Add("GroupName", groupName).Add("NewGroupName", newGroupName).Add("NewPath", newPath), ct);

    public Task DeleteGroupAsync(string groupName, CancellationToken ct = default) =>
        SendAsync(Q("DeleteGroup").Add("GroupName", groupName), ct);

    public Task AddUserToGroupAsync(string groupName, string userName, CancellationToken ct = default) =>
        SendAsync(Q("AddUserToGroup").Add("GroupName", groupName).Add("UserName", userName), ct);

    public Task RemoveUserFromGroupAsync(string groupName, string userName, CancellationToken ct = default) =>
        SendAsync(Q("RemoveUserFromGroup").Add("GroupName", groupName).Add("UserName", userName), ct);

    public Task<IReadOnlyList<IamGroup>> ListGroupsForUserAsync(string userName, CancellationToken ct = default) =>
        ListAllAsync(Q("ListGroupsForUser").Add("UserName", userName), "Groups", IamResponseMapper.Group, ct);
}
