using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Groups;

/// <summary>
/// Plans and runs "Move to a group". The users' direct permissions are read live (ListAttachedUserPolicies,
/// ListUserPolicies + GetUserPolicy); every selected user must have the same set. The target is an existing group
/// that grants exactly that set, or a new group checked against IAM's rules, the inventory and the live quotas.
/// </summary>
public sealed class MoveToGroupService(
    IOperatorContext operatorContext,
    IAuditedOperations audited,
    IIamPoliciesApi iamPolicies,
    IInventoryService inventory,
    IAccountQuotas quotas,
    GroupJobs jobs) : IMoveToGroupService
{
    public Task<CommandResult<MoveToGroupOptions>> GetOptionsAsync(IReadOnlyList<string> userNames, CancellationToken ct = default) =>
        CommandResult.CaptureAsync(async () =>
        {
            operatorContext.Ensure(Permission.ManageGroups, "plan a move to a group");
            var read = await ReadCommonAsync(userNames, ct);
            if (read.Error is { } error) return CommandResult.Invalid<MoveToGroupOptions>(MoveFields.Users, error);
            var (names, direct, snapshot) = (read.Names, read.Direct!, read.Snapshot);
            var matching = snapshot.Groups.Where(direct.GrantedExactlyBy).Select(g => g.Group.GroupName).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
            var arns = direct.Managed.Select(m => m.PolicyArn).ToHashSet(StringComparer.Ordinal);
            var similar = snapshot.Users
                .Where(u => !names.Contains(u.UserName, StringComparer.OrdinalIgnoreCase) && u.InlinePolicyCount == direct.Inline.Count
                            && u.AttachedPolicies.Count == arns.Count && u.AttachedPolicies.All(p => arns.Contains(p.PolicyArn)) && !direct.IsEmpty)
                .Select(u => u.UserName).ToList();
            return CommandResult.Ok(new MoveToGroupOptions(names, direct, matching, similar));
        });

    public Task<CommandResult<IReadOnlyList<JobRun>>> StartAsync(MoveToGroupRequest request, CancellationToken ct = default, IProgress<Job>? observer = null) =>
        CommandResult.CaptureAsync(async () =>
        {
            var target = request.CreatesGroup ? request.NewGroupName?.Trim() ?? "" : request.ExistingGroup!.Trim();
            var op = await audited.DemandAsync(Permission.ManageGroups, AuditActions.StartMoveToGroup, string.Join(",", request.UserNames), ct);
            var read = await ReadCommonAsync(request.UserNames, ct);
            if (read.Error is { } error) return CommandResult.Invalid<IReadOnlyList<JobRun>>(MoveFields.Users, error);
            var (names, direct, snapshot) = (read.Names, read.Direct!, read.Snapshot);
            var errors = await CheckAsync(request, target, direct, names, snapshot, ct);
            if (errors.Count > 0)
            {
                await audited.RecordInvalidAsync(AuditActions.StartMoveToGroup, string.Join(",", names), new Dictionary<string, object?> { ["GroupName"] = target },
                    string.Join(" ", errors.Values), ct);
                return CommandResult.Invalid<IReadOnlyList<JobRun>>(errors);
            }
            var group = request.CreatesGroup ? target : snapshot.FindGroup(target)!.Group.GroupName;
            var path = request.CreatesGroup ? (string.IsNullOrWhiteSpace(request.NewGroupPath) ? "/" : request.NewGroupPath.Trim()) : null;
            var userArn = snapshot.FindUser(names[0])!.Arn;
            var newPolicies = request.CreatesGroup && request.InlineCopy == InlineCopyMode.ManagedPolicy
                ? MoveToGroupPlanner.NewPolicies(group, direct, userArn, snapshot.Policies.Select(p => p.Policy.PolicyName))
                : [];
            var groupSteps = MoveToGroupPlanner.GroupSteps(group, path, direct, request.InlineCopy, newPolicies);
            var data = new MoveToGroupJobData(group, request.CreatesGroup, request.InlineCopy);
            var runs = new List<JobRun>();
            foreach (var user in names)
            {
                var steps = groupSteps.Concat(MoveToGroupPlanner.UserSteps(user, group, direct));
                var job = await jobs.CreateAsync(GroupJobKinds.MoveToGroup, user, $"Move {user} to {group}", op.Name, data, steps, ct);
                var run = await jobs.StartAsync(job, AuditActions.StartMoveToGroup, ct, observer);
                if (run.Value is not null) runs.Add(run.Value);
                // A failed group part fails every later job the same way: stop at the first failure and say where.
                if (!run.Succeeded) return run.Status == CommandStatus.Failed ? CommandResult.Failed<IReadOnlyList<JobRun>>(run.Error!, runs)
                    : CommandResult.Conflicting<IReadOnlyList<JobRun>>(run.Conflict!, runs);
            }
            return CommandResult.Ok<IReadOnlyList<JobRun>>(runs);
        });

    public Task<CommandResult<JobRun>> ResumeAsync(Guid jobId, CancellationToken ct = default, IProgress<Job>? observer = null) =>
        CommandResult.CaptureAsync(() => jobs.ResumeAsync(jobId, GroupJobKinds.MoveToGroup, AuditActions.ResumeMoveToGroup, ct, observer));

    public Task<Job?> GetJobAsync(Guid jobId, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read a move to a group");
        return jobs.GetAsync(jobId, GroupJobKinds.MoveToGroup, ct);
    }

    private sealed record CommonRead(IReadOnlyList<string> Names, DirectPermissions? Direct, InventorySnapshot Snapshot, string? Error);

    /// <summary>The users (as IAM spells them) and their common direct set; an error when one is unknown, has none, or differs.</summary>
    private async Task<CommonRead> ReadCommonAsync(IReadOnlyList<string> userNames, CancellationToken ct)
    {
        var snapshot = await inventory.GetAsync(ct);
        var wanted = userNames.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (wanted.Count == 0) return new([], null, snapshot, "Pick at least one user.");
        var unknown = wanted.Where(n => snapshot.FindUser(n) is null).ToList();
        if (unknown.Count > 0) return new([], null, snapshot, $"There is no user named {string.Join(", ", unknown)}.");
        var names = wanted.Select(n => snapshot.FindUser(n)!.UserName).ToList();
        DirectPermissions? first = null;
        foreach (var name in names)
        {
            var direct = await ReadDirectAsync(name, ct);
            if (direct.IsEmpty) return new(names, null, snapshot, $"{name} has no policies attached directly: there is nothing to move.");
            if (first is null) first = direct;
            else if (!first.SameAs(direct))
                return new(names, null, snapshot,
                    $"{name} has different direct policies ({direct.Describe()}) from {names[0]} ({first.Describe()}); move users with the same set together.");
        }
        return new(names, first, snapshot, null);
    }

    private async Task<DirectPermissions> ReadDirectAsync(string user, CancellationToken ct)
    {
        var managed = await iamPolicies.ListAttachedUserPoliciesAsync(user, ct);
        var inline = new List<IamInlinePolicy>();
        foreach (var name in await iamPolicies.ListUserPoliciesAsync(user, ct)) inline.Add(await iamPolicies.GetUserPolicyAsync(user, name, ct));
        return new DirectPermissions(managed, inline);
    }

    private async Task<Dictionary<string, string>> CheckAsync(MoveToGroupRequest request, string target, DirectPermissions direct, IReadOnlyList<string> users,
        InventorySnapshot snapshot, CancellationToken ct)
    {
        var errors = new Dictionary<string, string>();
        if (request.CreatesGroup)
        {
            var path = string.IsNullOrWhiteSpace(request.NewGroupPath) ? "/" : request.NewGroupPath.Trim();
            if (IamRules.ValidateGroupName(target) is { } nameError) errors[MoveFields.NewGroupName] = nameError;
            else if (snapshot.FindGroup(target) is { } taken) errors[MoveFields.NewGroupName] = $"A group named {taken.Group.GroupName} already exists (names are case-insensitive).";
            if (IamRules.ValidatePath(path) is { } pathError) errors[MoveFields.NewGroupPath] = pathError;
            var attached = direct.Managed.Count + (request.InlineCopy == InlineCopyMode.ManagedPolicy ? direct.Inline.Count : 0);
            if (await quotas.CachedAsync(QuotaKeys.AttachedPoliciesPerGroup, ct) is { } quota && attached > quota)
                errors[MoveFields.NewGroupName] = $"The group would need {attached} attached policies; IAM allows {quota} per group.";
        }
        else if (snapshot.FindGroup(target) is not { } group)
            errors[MoveFields.ExistingGroup] = $"There is no group named {target}.";
        else if (!direct.GrantedExactlyBy(group))
            errors[MoveFields.ExistingGroup] = $"{group.Group.GroupName} does not grant exactly {direct.Describe()}; pick a matching group or create one.";
        var limit = await GroupsPerUserAsync(ct);
        var full = users.Select(u => snapshot.FindUser(u)!).Where(u => u.Groups.Count >= limit
            && !u.Groups.Contains(target, StringComparer.OrdinalIgnoreCase)).Select(u => $"{u.UserName} ({u.Groups.Count})").ToList();
        if (full.Count > 0) errors[MoveFields.Users] = $"IAM allows at most {limit} groups per user; already full: {string.Join(", ", full)}.";
        return errors;
    }

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
}
