namespace IamPortal.Application.Groups;

/// <summary>
/// Move users' direct permissions into a group: an existing group that grants exactly the same (<see cref="ExistingGroup"/>)
/// or a new one (<see cref="NewGroupName"/>, <see cref="NewGroupPath"/>); inline policies are copied into the new group as
/// inline policies or as new customer managed policies (<see cref="InlineCopy"/>).
/// </summary>
public sealed record MoveToGroupRequest(
    IReadOnlyList<string> UserNames,
    string? ExistingGroup,
    string? NewGroupName = null,
    string? NewGroupPath = "/",
    InlineCopyMode InlineCopy = InlineCopyMode.GroupInline)
{
    public bool CreatesGroup => string.IsNullOrWhiteSpace(ExistingGroup);
}

/// <summary>
/// What the move page shows for the users: their common direct permissions, the groups that grant exactly those, the
/// users of the account with the same direct managed set (candidates for a bulk move; inline documents are compared when the move is planned).
/// </summary>
public sealed record MoveToGroupOptions(
    IReadOnlyList<string> UserNames,
    DirectPermissions Direct,
    IReadOnlyList<string> MatchingGroups,
    IReadOnlyList<string> SimilarUsers);

public static class MoveFields
{
    public const string Users = "Users";
    public const string ExistingGroup = "ExistingGroup";
    public const string NewGroupName = "NewGroupName";
    public const string NewGroupPath = "NewGroupPath";
}
