using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Aws;

internal sealed partial class IamQueryClient
{
    public Task<IReadOnlyList<IamUser>> ListUsersAsync(string? pathPrefix = null, CancellationToken ct = default) =>
        ListAllAsync(Q("ListUsers").Add("PathPrefix", pathPrefix), "Users", IamResponseMapper.User, ct);

    public async Task<IamUser> GetUserAsync(string? userName, CancellationToken ct = default)
    {
        var result = await CallAsync(Q("GetUser").Add("UserName", userName), ct).ConfigureAwait(false);
        return IamResponseMapper.User(result.ReqChild("User"));
    }

    public async Task<IamUser> CreateUserAsync(string userName, string? path = null, string? permissionsBoundaryArn = null,
        IReadOnlyList<IamTag>? tags = null, CancellationToken ct = default)
    {
        var query = Q("CreateUser").Add("UserName", userName).Add("Path", path)
            .Add("PermissionsBoundary", permissionsBoundaryArn).AddTags("Tags", tags?.Select(t => (t.Key, t.Value)));
        var result = await CallAsync(query, ct).ConfigureAwait(false);
        return IamResponseMapper.User(result.ReqChild("User"));
    }

    public Task UpdateUserAsync(string userName, string? newUserName = null, string? newPath = null, CancellationToken ct = default) =>
        SendAsync(Q("UpdateUser").Add("UserName", userName).Add("NewUserName", newUserName).Add("NewPath", newPath), ct);

    public Task DeleteUserAsync(string userName, CancellationToken ct = default) =>
        SendAsync(Q("DeleteUser").Add("UserName", userName), ct);

    public Task TagUserAsync(string userName, IReadOnlyList<IamTag> tags, CancellationToken ct = default) =>
        SendAsync(Q("TagUser").Add("UserName", userName).AddTags("Tags", tags.Select(t => (t.Key, t.Value))), ct);

    public Task UntagUserAsync(string userName, IReadOnlyList<string> tagKeys, CancellationToken ct = default) =>
        SendAsync(Q("UntagUser").Add("UserName", userName).AddList("TagKeys", tagKeys), ct);

    public async Task<IReadOnlyList<IamTag>> ListUserTagsAsync(string userName, CancellationToken ct = default)
    {
        var tags = new List<IamTag>();
        await ForEachPageAsync(Q("ListUserTags").Add("UserName", userName), page => tags.AddRange(IamResponseMapper.Tags(page)), ct)
            .ConfigureAwait(false);
        return tags;
    }

    public Task PutUserPermissionsBoundaryAsync(string userName, string policyArn, CancellationToken ct = default) =>
        SendAsync(Q("PutUserPermissionsBoundary").Add("UserName", userName).Add("PermissionsBoundary", policyArn), ct);

    public Task DeleteUserPermissionsBoundaryAsync(string userName, CancellationToken ct = default) =>
        SendAsync(Q("DeleteUserPermissionsBoundary").Add("UserName", userName), ct);
}
