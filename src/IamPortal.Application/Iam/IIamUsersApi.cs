namespace IamPortal.Application.Iam;

/// <summary>Users: the user itself, its tags and its permissions boundary.</summary>
public interface IIamUsersApi
{
    Task<IReadOnlyList<IamUser>> ListUsersAsync(string? pathPrefix = null, CancellationToken ct = default);
    /// <summary>GetUser; with no name IAM returns the caller.</summary>
    Task<IamUser> GetUserAsync(string? userName, CancellationToken ct = default);
    Task<IamUser> CreateUserAsync(string userName, string? path = null, string? permissionsBoundaryArn = null, IReadOnlyList<IamTag>? tags = null, CancellationToken ct = default);
    Task UpdateUserAsync(string userName, string? newUserName = null, string? newPath = null, CancellationToken ct = default);
    Task DeleteUserAsync(string userName, CancellationToken ct = default);
    Task TagUserAsync(string userName, IReadOnlyList<IamTag> tags, CancellationToken ct = default);
    Task UntagUserAsync(string userName, IReadOnlyList<string> tagKeys, CancellationToken ct = default);
    Task<IReadOnlyList<IamTag>> ListUserTagsAsync(string userName, CancellationToken ct = default);
    Task PutUserPermissionsBoundaryAsync(string userName, string policyArn, CancellationToken ct = default);
    Task DeleteUserPermissionsBoundaryAsync(string userName, CancellationToken ct = default);
}
