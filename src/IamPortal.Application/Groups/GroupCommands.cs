using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Groups;

/// <summary>
/// Creating, renaming and changing the members of groups: IAM's rules checked first (a clear message at the field,
/// nothing called), every change through <see cref="IAuditedOperations"/> with <see cref="Permission.ManageGroups"/>,
/// the inventory patched after.
/// </summary>
public sealed class GroupCommands(
    IAuditedOperations audited,
    IOperatorContext operatorContext,
    IIamGroupsApi iamGroups,
    IInventoryService inventory,
    IAccountQuotas quotas,
    PolicyReferenceFinder references) : IGroupCommands
{
    public Task<CommandResult<IamGroup>> CreateAsync(string groupName, string? path, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(async () =>
        {
            groupName = groupName?.Trim() ?? "";
            path = string.IsNullOrWhiteSpace(path) ? "/" : path.Trim();
            var parameters = new Dictionary<string, object?> { ["Path"] = path };
            await audited.DemandAsync(Permission.ManageGroups, AuditActions.CreateGroup, groupName, ct);
            var errors = await ValidateAsync(groupName, path, except: null, ct);
            if (errors.Count > 0) return await RefuseAsync<IamGroup>(AuditActions.CreateGroup, groupName, parameters, errors, ct);
            try
            {
                var group = await audited.RunAsync(Permission.ManageGroups, AuditActions.CreateGroup, groupName, parameters,
                    c => iamGroups.CreateGroupAsync(groupName, path, c), ct);
                return CommandResult.Ok(group);
            }
            catch (EntityAlreadyExistsException)
            {
                return CommandResult.Invalid<IamGroup>(GroupFields.GroupName, $"A group named {groupName} already exists (names are case-insensitive).");
            }
            finally
            {
                await inventory.InvalidateAsync(CancellationToken.None);
            }
        });

    public Task<CommandResult<IamGroup>> UpdateAsync(string groupName, string newGroupName, string newPath, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(async () =>
        {
            newGroupName = newGroupName?.Trim() ?? "";
            newPath = string.IsNullOrWhiteSpace(newPath) ? "/" : newPath.Trim();
            var parameters = new Dictionary<string, object?> { ["NewGroupName"] = newGroupName, ["NewPath"] = newPath };
            await audited.DemandAsync(Permission.ManageGroups, AuditActions.UpdateGroup, groupName, ct);
            var current = (await inventory.GetAsync(ct)).FindGroup(groupName);
            if (current is null) return CommandResult.Failed<IamGroup>($"The group {groupName} is not in the account (any more).") with { ErrorCode = IamErrorCodes.NoSuchEntity };
            var errors = await ValidateAsync(newGroupName, newPath, except: current.Group.GroupName, ct);
            var nameChanged = !string.Equals(newGroupName, current.Group.GroupName, StringComparison.Ordinal);
            var pathChanged = !string.Equals(newPath, current.Group.Path, StringComparison.Ordinal);
            if (errors.Count == 0 && !nameChanged && !pathChanged) errors[GroupFields.GroupName] = "Change the name or the path first.";
            if (errors.Count > 0) return await RefuseAsync<IamGroup>(AuditActions.UpdateGroup, groupName, parameters, errors, ct);
            try
            {
                await audited.RunAsync(Permission.ManageGroups, AuditActions.UpdateGroup, current.Group.GroupName, parameters,
                    c => iamGroups.UpdateGroupAsync(current.Group.GroupName, nameChanged ? newGroupName : null, pathChanged ? newPath : null, c), ct);
                return CommandResult.Ok((await iamGroups.GetGroupAsync(newGroupName, ct)).Group);
            }
            catch (EntityAlreadyExistsException)
            {
                return CommandResult.Invalid<IamGroup>(GroupFields.GroupName, $"A group named {newGroupName} already exists (names are case-insensitive).");
            }
            finally
            {
                await inventory.InvalidateAsync(CancellationToken.None);
            }
        });

    public async Task<IReadOnlyList<PolicyReference>> FindReferencesAsync(string groupName, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("find the policies naming a group");
        var group = (await inventory.GetAsync(ct)).FindGroup(groupName) ?? throw new NoSuchEntityException($"The group with name {groupName} cannot be found.");
        return await references.FindAsync(group.Group.Arn, ct);
    }

    public Task<CommandResult<MembershipResult>> AddMembersAsync(string groupName, IReadOnlyCollection<string> userNames, CancellationToken ct = default) =>
        ChangeMembersAsync(groupName, userNames, add: true, ct);

    public Task<CommandResult<MembershipResult>> RemoveMembersAsync(string groupName, IReadOnlyCollection<string> userNames, CancellationToken ct = default) =>
        ChangeMembersAsync(groupName, userNames, add: false, ct);

    private Task<CommandResult<MembershipResult>> ChangeMembersAsync(string groupName, IReadOnlyCollection<string> userNames, bool add, CancellationToken ct) =>
        CommandResult.CaptureAsync(async () =>
        {
            var bulkAction = add ? AuditActions.AddGroupMembers : AuditActions.RemoveGroupMembers;
            await audited.DemandAsync(Permission.ManageGroups, bulkAction, groupName, ct);
            var names = userNames.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            if (names.Count == 0) return CommandResult.Invalid<MembershipResult>(GroupFields.Users, "Pick at least one user.");
            var snapshot = await inventory.GetAsync(ct);
            var group = snapshot.FindGroup(groupName);
            if (group is null) return CommandResult.Failed<MembershipResult>($"The group {groupName} is not in the account (any more).") with { ErrorCode = IamErrorCodes.NoSuchEntity };
            var limit = add ? await GroupsPerUserAsync(ct) : 0;
            var changes = new List<MemberChange>();
            foreach (var name in names)
            {
                var row = snapshot.FindUser(name);
                changes.Add(row is null
                    ? new MemberChange(name, MemberChangeStatus.Refused, $"There is no user named {name}.")
                    : await ChangeOneAsync(group.Group.GroupName, row.UserName, row.Groups, add, limit, ct));
            }
            foreach (var changed in changes.Where(c => c.Status == MemberChangeStatus.Done))
                await inventory.UserChangedAsync(changed.UserName, CancellationToken.None);
            return CommandResult.Ok(new MembershipResult(group.Group.GroupName, changes));
        });

    private async Task<MemberChange> ChangeOneAsync(string group, string user, IReadOnlyList<string> groups, bool add, int limit, CancellationToken ct)
    {
        var isMember = groups.Contains(group, StringComparer.OrdinalIgnoreCase);
        if (add && isMember) return new MemberChange(user, MemberChangeStatus.AlreadyDone, "Already a member.");
        if (!add && !isMember) return new MemberChange(user, MemberChangeStatus.AlreadyDone, "Not a member.");
        if (add && groups.Count >= limit)
            return new MemberChange(user, MemberChangeStatus.Refused,
                $"{user} is already in {groups.Count} groups; IAM allows at most {limit} groups per user. Remove {user} from another group first.");
        try
        {
            var parameters = AuditActions.Via(GroupAuditActions.Feature, new Dictionary<string, object?> { ["GroupName"] = group });
            await audited.RunAsync(Permission.ManageGroups, add ? AuditActions.AddToGroup : AuditActions.RemoveFromGroup, user, parameters,
                c => add ? iamGroups.AddUserToGroupAsync(group, user, c) : iamGroups.RemoveUserFromGroupAsync(group, user, c), ct);
            return new MemberChange(user, MemberChangeStatus.Done);
        }
        catch (IamException e)
        {
            return new MemberChange(user, MemberChangeStatus.Failed, IamErrorMessages.Describe(e));
        }
    }

    /// <summary>The live GroupsPerUserQuota; IAM's documented 10 when the summary cannot be read (IAM itself refuses above its quota anyway).</summary>
    private async Task<int> GroupsPerUserAsync(CancellationToken ct)
    {
        try
        {
            return await quotas.LiveAsync(QuotaKeys.GroupsPerUser, ct) ?? IamRules.MaxGroupsPerUser;
        }
        catch (IamException)
        {
            return IamRules.MaxGroupsPerUser;
        }
    }

    private async Task<Dictionary<string, string>> ValidateAsync(string name, string path, string? except, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (IamRules.ValidateGroupName(name) is { } nameError) errors[GroupFields.GroupName] = nameError;
        if (IamRules.ValidatePath(path) is { } pathError) errors[GroupFields.Path] = pathError;
        if (!errors.ContainsKey(GroupFields.GroupName))
        {
            var taken = (await inventory.GetAsync(ct)).Groups.FirstOrDefault(g =>
                string.Equals(g.Group.GroupName, name, StringComparison.OrdinalIgnoreCase)
                && !string.Equals(g.Group.GroupName, except, StringComparison.OrdinalIgnoreCase));
            if (taken is not null) errors[GroupFields.GroupName] = $"A group named {taken.Group.GroupName} already exists (names are case-insensitive).";
        }
        return errors;
    }

    private async Task<CommandResult<T>> RefuseAsync<T>(string action, string target, IReadOnlyDictionary<string, object?> parameters,
        Dictionary<string, string> errors, CancellationToken ct)
    {
        await audited.RecordInvalidAsync(action, target, parameters, string.Join(" ", errors.Values), ct);
        return CommandResult.Invalid<T>(errors);
    }
}
