using IamPortal.Application.Commands;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Groups;

public enum MemberChangeStatus { Done, AlreadyDone, Refused, Failed }

/// <summary>What happened to one user of a bulk membership change, in plain words.</summary>
public sealed record MemberChange(string UserName, MemberChangeStatus Status, string? Message = null)
{
    public bool Succeeded => Status is MemberChangeStatus.Done or MemberChangeStatus.AlreadyDone;
}

/// <summary>Per-user results of adding or removing members.</summary>
public sealed record MembershipResult(string GroupName, IReadOnlyList<MemberChange> Changes)
{
    public int SucceededCount => Changes.Count(c => c.Succeeded);
    public IEnumerable<MemberChange> Problems => Changes.Where(c => !c.Succeeded);
}

/// <summary>Field names of the group forms, for field errors.</summary>
public static class GroupFields
{
    public const string GroupName = "GroupName";
    public const string Path = "Path";
    public const string Users = "Users";
}

/// <summary>Changes to groups (Permission.ManageGroups, audited).</summary>
public interface IGroupCommands
{
    /// <summary>CreateGroup after IAM's name and path rules and a case-insensitive uniqueness check against the inventory.</summary>
    Task<CommandResult<IamGroup>> CreateAsync(string groupName, string? path, CancellationToken ct = default);

    /// <summary>UpdateGroup: a new name and/or path (IAM does not update the policies naming the old ARN: see <see cref="FindReferencesAsync"/>).</summary>
    Task<CommandResult<IamGroup>> UpdateAsync(string groupName, string newGroupName, string newPath, CancellationToken ct = default);

    /// <summary>The customer managed and inline policies whose documents mention the group's ARN.</summary>
    Task<IReadOnlyList<PolicyReference>> FindReferencesAsync(string groupName, CancellationToken ct = default);

    /// <summary>Adds each user; the account's live GroupsPerUserQuota is checked per user before the call.</summary>
    Task<CommandResult<MembershipResult>> AddMembersAsync(string groupName, IReadOnlyCollection<string> userNames, CancellationToken ct = default);

    Task<CommandResult<MembershipResult>> RemoveMembersAsync(string groupName, IReadOnlyCollection<string> userNames, CancellationToken ct = default);
}
