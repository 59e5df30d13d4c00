using IamPortal.Application.Commands;

namespace IamPortal.Application.Reviews;

/// <summary>
/// Who owns which IAM group (portal data, per account) and the account's fallback reviewer. Reads: every role.
/// Changes: ManageSettings, audited. "My groups": the current operator's own groups with their members' facts.
/// </summary>
public interface IGroupOwnershipService
{
    Task<IReadOnlyList<ReviewerIdentity>> GetOwnersAsync(string groupName, CancellationToken ct = default);

    /// <summary>Every group of the account's inventory with its owners (empty list: orphaned).</summary>
    Task<IReadOnlyList<GroupOwnership>> ListAsync(CancellationToken ct = default);

    /// <summary>The groups without an owner.</summary>
    Task<IReadOnlyList<string>> OrphanedGroupsAsync(CancellationToken ct = default);

    /// <summary>Replaces the group's owners. Field errors under CampaignFields.Email.</summary>
    Task<CommandResult<IReadOnlyList<ReviewerIdentity>>> SetOwnersAsync(string groupName, IReadOnlyList<ReviewerIdentity> owners, CancellationToken ct = default);

    Task<CommandResult<IReadOnlyList<ReviewerIdentity>>> AddOwnerAsync(string groupName, ReviewerIdentity owner, CancellationToken ct = default);

    Task<CommandResult<IReadOnlyList<ReviewerIdentity>>> RemoveOwnerAsync(string groupName, string ownerSubject, CancellationToken ct = default);

    Task<ReviewerIdentity?> GetFallbackReviewerAsync(CancellationToken ct = default);

    /// <summary>Sets (or with null clears) the account's fallback reviewer for orphaned groups.</summary>
    Task<CommandResult<ReviewerIdentity?>> SetFallbackReviewerAsync(ReviewerIdentity? reviewer, CancellationToken ct = default);

    /// <summary>The groups the current operator owns, with members' facts and the group's risk.</summary>
    Task<IReadOnlyList<OwnedGroup>> MyGroupsAsync(CancellationToken ct = default);
}
