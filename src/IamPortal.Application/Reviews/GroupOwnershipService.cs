using System.Net.Mail;
using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Reviews;

/// <summary>Group owners and the fallback reviewer (portal data per account): reads for every role, changes ManageSettings and audited.</summary>
public sealed class GroupOwnershipService(
    IReviewStore store,
    IInventoryService inventory,
    IRiskAnalyzer risk,
    IAuditedOperations audited,
    IOperatorContext operators,
    ICurrentAccount account,
    TimeProvider time) : IGroupOwnershipService
{
    public const int MaxOwners = 10;

    public async Task<IReadOnlyList<ReviewerIdentity>> GetOwnersAsync(string groupName, CancellationToken ct = default)
    {
        operators.EnsureCanRead("read group owners");
        return await store.GetOwnersAsync(await AccountIdAsync(ct), groupName, ct);
    }

    public async Task<IReadOnlyList<GroupOwnership>> ListAsync(CancellationToken ct = default)
    {
        operators.EnsureCanRead("read group owners");
        var owners = await store.ListOwnersAsync(await AccountIdAsync(ct), ct);
        var snapshot = await inventory.GetAsync(ct);
        return snapshot.Groups.Select(g => new GroupOwnership(g.Group.GroupName, owners.GetValueOrDefault(g.Group.GroupName) ?? []))
            .OrderBy(g => g.GroupName, StringComparer.OrdinalIgnoreCase).ToList();
    }

    public async Task<IReadOnlyList<string>> OrphanedGroupsAsync(CancellationToken ct = default) =>
        (await ListAsync(ct)).Where(g => g.IsOrphaned).Select(g => g.GroupName).ToList();

    public Task<CommandResult<IReadOnlyList<ReviewerIdentity>>> SetOwnersAsync(string groupName, IReadOnlyList<ReviewerIdentity> owners, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(async () =>
        {
            await audited.DemandAsync(Permission.ManageSettings, AuditActions.SetGroupOwners, groupName, ct);
            var normalized = owners.Select(Normalize).DistinctBy(o => o.Subject).ToList();
            if (normalized.FirstOrDefault(o => !IsEmail(o.Email)) is { } bad)
                return await InvalidAsync(AuditActions.SetGroupOwners, groupName, $"{bad.Email} is not an email address.", ct);
            if (normalized.Count > MaxOwners) return await InvalidAsync(AuditActions.SetGroupOwners, groupName, $"At most {MaxOwners} owners per group.", ct);
            if ((await inventory.GetAsync(ct)).FindGroup(groupName) is null) return CommandResult.Failed<IReadOnlyList<ReviewerIdentity>>($"There is no group {groupName}.");
            var accountId = await AccountIdAsync(ct);
            var parameters = new Dictionary<string, object?> { ["Owners"] = normalized.Select(o => o.Email).ToList() };
            await audited.RunAsync(Permission.ManageSettings, AuditActions.SetGroupOwners, groupName, parameters, c => store.SetOwnersAsync(accountId, groupName, normalized, c), ct);
            return CommandResult.Ok<IReadOnlyList<ReviewerIdentity>>(await store.GetOwnersAsync(accountId, groupName, ct));
        });

    public async Task<CommandResult<IReadOnlyList<ReviewerIdentity>>> AddOwnerAsync(string groupName, ReviewerIdentity owner, CancellationToken ct = default)
    {
        var current = await CommandResult.CaptureAsync(() => GetOwnersAsync(groupName, ct));
        if (!current.Succeeded) return current;
        var owners = current.Value!;
        return await SetOwnersAsync(groupName, [.. owners.Where(o => !o.Matches(owner.Subject, owner.Email)), owner], ct);
    }

    public async Task<CommandResult<IReadOnlyList<ReviewerIdentity>>> RemoveOwnerAsync(string groupName, string ownerSubject, CancellationToken ct = default)
    {
        var current = await CommandResult.CaptureAsync(() => GetOwnersAsync(groupName, ct));
        if (!current.Succeeded) return current;
        return await SetOwnersAsync(groupName, current.Value!.Where(o => o.Subject != ownerSubject).ToList(), ct);
    }

    public async Task<ReviewerIdentity?> GetFallbackReviewerAsync(CancellationToken ct = default)
    {
        operators.EnsureCanRead("read the fallback reviewer");
        return await store.GetFallbackReviewerAsync(await AccountIdAsync(ct), ct);
    }

    public Task<CommandResult<ReviewerIdentity?>> SetFallbackReviewerAsync(ReviewerIdentity? reviewer, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(async () =>
        {
            var accountId = await AccountIdAsync(ct);
            await audited.DemandAsync(Permission.ManageSettings, AuditActions.SetFallbackReviewer, accountId, ct);
            var normalized = reviewer is null ? null : Normalize(reviewer);
            if (normalized is not null && !IsEmail(normalized.Email))
            {
                var message = $"{normalized.Email} is not an email address.";
                await audited.RecordInvalidAsync(AuditActions.SetFallbackReviewer, accountId, null, message, ct);
                return CommandResult.Invalid<ReviewerIdentity?>(CampaignFields.Email, message);
            }
            await audited.RunAsync(Permission.ManageSettings, AuditActions.SetFallbackReviewer, accountId,
                new Dictionary<string, object?> { ["Reviewer"] = normalized?.Email }, c => store.SetFallbackReviewerAsync(accountId, normalized, c), ct);
            return CommandResult.Ok(normalized);
        });

    public async Task<IReadOnlyList<OwnedGroup>> MyGroupsAsync(CancellationToken ct = default)
    {
        var me = operators.EnsureCanRead("read my groups");
        var owners = await store.ListOwnersAsync(await AccountIdAsync(ct), ct);
        var snapshot = await inventory.GetAsync(ct);
        var now = time.GetUtcNow();
        var mine = new List<OwnedGroup>();
        foreach (var (groupName, groupOwners) in owners.Where(o => o.Value.Any(r => r.Matches(me.Subject, me.Email))).OrderBy(o => o.Key))
        {
            if (snapshot.FindGroup(groupName) is not { } group) continue;
            var sources = group.AttachedManagedPolicies.Where(p => snapshot.PolicyDocument(p.PolicyArn) is not null)
                .Select(p => new PolicySource(p.PolicyName, snapshot.PolicyDocument(p.PolicyArn)!, p.PolicyArn))
                .Concat(group.InlinePolicies.Select(p => new PolicySource(p.PolicyName, p.Document))).ToList();
            var members = snapshot.GroupMembers(groupName).Select(snapshot.FindUser).OfType<UserInventoryRow>()
                .Select(u => new OwnedGroupMember(u.UserName, ReviewFacts.Of(u, now), u.Groups.Where(g => !string.Equals(g, groupName, StringComparison.OrdinalIgnoreCase)).ToList()))
                .ToList();
            mine.Add(new OwnedGroup(group.Group.GroupName, group.Group.Path, risk.AnalyzeTogether(sources).Highest, members, groupOwners));
        }
        return mine;
    }

    private async Task<string> AccountIdAsync(CancellationToken ct) => (await account.GetAsync(ct)).AccountId;

    private async Task<CommandResult<IReadOnlyList<ReviewerIdentity>>> InvalidAsync(string action, string target, string message, CancellationToken ct)
    {
        await audited.RecordInvalidAsync(action, target, null, message, ct);
        return CommandResult.Invalid<IReadOnlyList<ReviewerIdentity>>(CampaignFields.Email, message);
    }

    private static ReviewerIdentity Normalize(ReviewerIdentity o)
    {
        var email = o.Email.Trim();
        var subject = string.IsNullOrWhiteSpace(o.Subject) ? ReviewerIdentity.ByEmail(email).Subject : o.Subject.Trim();
        return new ReviewerIdentity(subject, email, string.IsNullOrWhiteSpace(o.DisplayName) ? email : o.DisplayName.Trim());
    }

    private static bool IsEmail(string email) =>
        email.Length is > 3 and <= 254 && MailAddress.TryCreate(email, out var parsed) && parsed.Address == email && email.Contains('.', StringComparison.Ordinal);
}
