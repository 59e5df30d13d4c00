using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Policies.Effective;

/// <summary>A hand-made inventory for effective-risk tests: users, groups with their policies, and managed policies' documents.</summary>
public sealed class EffectiveInventory : IInventoryService
{
    public const string AdminArn = "arn:aws:iam::aws:policy/AdministratorAccess";
    public const string PassRoleArn = "arn:aws:iam::123456789012:policy/PassRole";
    public const string RunInstancesArn = "arn:aws:iam::123456789012:policy/RunInstances";
    public const string VersionsArn = "arn:aws:iam::123456789012:policy/PolicyVersions";

    private readonly List<UserInventoryRow> _users = [];
    private readonly List<IamGroupDetail> _groups = [];
    private readonly List<IamPolicyWithVersions> _policies =
    [
        Policy(AdminArn, ActionRiskAnalyzer.Allow("*")),
        Policy(PassRoleArn, ActionRiskAnalyzer.Allow("iam:PassRole")),
        Policy(RunInstancesArn, ActionRiskAnalyzer.Allow("ec2:RunInstances")),
        Policy(VersionsArn, ActionRiskAnalyzer.Allow("iam:CreatePolicyVersion")),
    ];
    private InventorySnapshot? _snapshot;

    public static IamPolicyWithVersions Policy(string arn, string document) => new(
        new IamManagedPolicy(arn[(arn.LastIndexOf('/') + 1)..], "ANPA" + arn.GetHashCode(), arn, "/", "v1", 1, 0, true, null, Sample.Now, Sample.Now),
        [new IamPolicyVersion("v1", true, Sample.Now, document)]);

    public static IamAttachedPolicy Attached(string arn) => new(arn[(arn.LastIndexOf('/') + 1)..], arn);

    public EffectiveInventory User(string name, string[]? groups = null, string[]? attached = null, params IamInlinePolicy[] inline)
    {
        _users.Add(Sample.Row(name, groups: string.Join(", ", groups ?? [])) with
        {
            AttachedPolicies = [.. (attached ?? []).Select(Attached)], InlinePolicies = inline, InlinePolicyCount = inline.Length,
        });
        _snapshot = null;
        return this;
    }

    public EffectiveInventory Group(string name, string[]? attached = null, params IamInlinePolicy[] inline)
    {
        _groups.Add(new IamGroupDetail(new IamGroup(name, "AGPA" + name, $"arn:aws:iam::123456789012:group/{name}", "/", Sample.Now),
            [.. (attached ?? []).Select(Attached)], inline));
        _snapshot = null;
        return this;
    }

    public EffectiveInventory Without(string policyArn)
    {
        _policies.RemoveAll(p => p.Policy.Arn == policyArn);
        _snapshot = null;
        return this;
    }

    public InventorySnapshot Snapshot => _snapshot ??= new InventorySnapshot(new AccountContext(FakeAccounts.AccountId, "test"), Sample.Now, null,
        [.. _users.OrderBy(u => u.UserName, StringComparer.OrdinalIgnoreCase)], [.. _groups], [.. _policies], TimeSpan.Zero);

    public Task<InventorySnapshot> GetAsync(CancellationToken ct = default) => Task.FromResult(Snapshot);
    public Task<InventorySnapshot> RefreshAsync(CancellationToken ct = default) { _snapshot = null; return GetAsync(ct); }
    public Task UserChangedAsync(string userName, CancellationToken ct = default) => Task.CompletedTask;
    public Task InvalidateAsync(CancellationToken ct = default) { _snapshot = null; return Task.CompletedTask; }
}
