using IamPortal.Sandbox.Protocol;

namespace IamPortal.Sandbox.State;

/// <summary>
/// The whole account. Not thread-safe by itself: every access happens under <see cref="Sync"/>
/// (the request pipeline takes it around each operation). Indexes keep lookups O(1) at 10,000+ users.
/// </summary>
public sealed class IamState
{
    private UserEntity[]? _sortedUsers;

    /// <summary>The account this state is: the Sandbox's default account unless an organization member says otherwise.</summary>
    public string AccountId { get; init; } = SandboxAccount.AccountId;

    /// <summary>The alias the seeder gives the account.</summary>
    public string SeedAlias { get; init; } = SandboxAccount.Alias;

    public object Sync { get; } = new();
    public Dictionary<string, UserEntity> Users { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, GroupEntity> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, PolicyEntity> Policies { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, PolicyEntity> LocalPolicyNames { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, (UserEntity User, AccessKey Key)> AccessKeys { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, VirtualMfaDevice> MfaDevices { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Dictionary<string, LastAccessedJob> Jobs { get; } = new(StringComparer.Ordinal);
    public PasswordPolicy? PasswordPolicy { get; set; }
    public List<string> Aliases { get; } = [];
    public CredentialReportSnapshot? CredentialReport { get; set; }
    public DateTimeOffset SeedTime { get; set; }
    public DateTimeOffset RootCreated { get; set; }
    public Random Rng { get; } = new();

    /// <summary>Incremented by every mutation; the persistence layer saves when it moves.</summary>
    public long Version { get; private set; }

    public void Touch() => Version++;

    public UserEntity[] SortedUsers =>
        _sortedUsers ??= Users.Values.OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase).ToArray();

    public UserEntity GetUser(string name) =>
        Users.TryGetValue(name, out var u) ? u : throw IamException.NoSuchUser(name);

    public GroupEntity GetGroup(string name) =>
        Groups.TryGetValue(name, out var g) ? g : throw IamException.NoSuchGroup(name);

    public PolicyEntity GetPolicy(string arn) =>
        Policies.TryGetValue(arn, out var p) ? p : throw IamException.NoSuchPolicy(arn);

    public string NewId(string prefix, int length = 21) => Ids.New(Rng, prefix, length);

    public void AddUser(UserEntity user)
    {
        user.AccountId = AccountId;
        Users.Add(user.UserName, user);
        foreach (var key in user.AccessKeys) AccessKeys[key.AccessKeyId] = (user, key);
        _sortedUsers = null;
    }

    public void RemoveUser(UserEntity user)
    {
        Users.Remove(user.UserName);
        foreach (var key in user.AccessKeys) AccessKeys.Remove(key.AccessKeyId);
        _sortedUsers = null;
    }

    public void RenameUser(UserEntity user, string newName)
    {
        Users.Remove(user.UserName);
        foreach (var device in MfaDevices.Values.Where(d => string.Equals(d.UserName, user.UserName, StringComparison.OrdinalIgnoreCase)))
            device.UserName = newName;
        user.UserName = newName;
        Users.Add(newName, user);
        _sortedUsers = null;
    }

    public void RenameGroup(GroupEntity group, string newName)
    {
        Groups.Remove(group.GroupName);
        foreach (var member in group.Members)
        {
            var i = member.GroupNames.FindIndex(n => string.Equals(n, group.GroupName, StringComparison.OrdinalIgnoreCase));
            if (i >= 0) member.GroupNames[i] = newName;
        }
        group.GroupName = newName;
        Groups.Add(newName, group);
    }

    public void AddPolicy(PolicyEntity policy)
    {
        Policies.Add(policy.Arn, policy);
        if (!policy.IsAwsManaged) LocalPolicyNames.Add(policy.PolicyName, policy);
    }

    public void RemovePolicy(PolicyEntity policy)
    {
        Policies.Remove(policy.Arn);
        if (!policy.IsAwsManaged) LocalPolicyNames.Remove(policy.PolicyName);
    }

    public void AddMember(GroupEntity group, UserEntity user)
    {
        if (group.Members.Add(user)) user.GroupNames.Add(group.GroupName);
    }

    public void RemoveMember(GroupEntity group, UserEntity user)
    {
        if (group.Members.Remove(user))
            user.GroupNames.RemoveAll(n => string.Equals(n, group.GroupName, StringComparison.OrdinalIgnoreCase));
    }

    public void AttachToUser(PolicyEntity policy, UserEntity user)
    {
        if (policy.AttachedUsers.Add(user)) user.AttachedPolicyArns.Add(policy.Arn);
    }

    public void DetachFromUser(PolicyEntity policy, UserEntity user)
    {
        if (policy.AttachedUsers.Remove(user)) user.AttachedPolicyArns.Remove(policy.Arn);
    }

    public void AttachToGroup(PolicyEntity policy, GroupEntity group)
    {
        if (policy.AttachedGroups.Add(group)) group.AttachedPolicyArns.Add(policy.Arn);
    }

    public void DetachFromGroup(PolicyEntity policy, GroupEntity group)
    {
        if (policy.AttachedGroups.Remove(group)) group.AttachedPolicyArns.Remove(policy.Arn);
    }

    public void SetBoundary(UserEntity user, string? arn)
    {
        if (user.PermissionsBoundaryArn is { } old && Policies.TryGetValue(old, out var oldPolicy)) oldPolicy.BoundaryUsageCount--;
        user.PermissionsBoundaryArn = arn;
        if (arn is not null && Policies.TryGetValue(arn, out var newPolicy)) newPolicy.BoundaryUsageCount++;
    }

    /// <summary>Rebuilds the back references (members, attachments, key index) after loading or seeding.</summary>
    public void RebuildIndexes()
    {
        AccessKeys.Clear();
        foreach (var g in Groups.Values)
        {
            g.Members.Clear();
            g.AccountId = AccountId;
        }
        foreach (var p in Policies.Values) { p.AttachedUsers.Clear(); p.AttachedGroups.Clear(); p.BoundaryUsageCount = 0; }
        foreach (var g in Groups.Values)
            foreach (var arn in g.AttachedPolicyArns)
                if (Policies.TryGetValue(arn, out var p)) p.AttachedGroups.Add(g);
        foreach (var u in Users.Values)
        {
            u.AccountId = AccountId;
            foreach (var key in u.AccessKeys) AccessKeys[key.AccessKeyId] = (u, key);
            foreach (var name in u.GroupNames)
                if (Groups.TryGetValue(name, out var g)) g.Members.Add(u);
            foreach (var arn in u.AttachedPolicyArns)
                if (Policies.TryGetValue(arn, out var p)) p.AttachedUsers.Add(u);
            if (u.PermissionsBoundaryArn is { } b && Policies.TryGetValue(b, out var bp)) bp.BoundaryUsageCount++;
        }
        _sortedUsers = null;
    }

    public void Clear()
    {
        Users.Clear(); Groups.Clear(); Policies.Clear(); LocalPolicyNames.Clear(); AccessKeys.Clear();
        MfaDevices.Clear(); Jobs.Clear(); Aliases.Clear();
        PasswordPolicy = null; CredentialReport = null;
        _sortedUsers = null;
        Touch();
    }
}
