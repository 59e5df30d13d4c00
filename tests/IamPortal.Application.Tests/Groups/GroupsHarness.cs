using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Groups;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Groups;

/// <summary>The group services over a fake IAM (NSubstitute), an inventory snapshot the test builds, an in-memory journal and audit log.</summary>
public sealed class GroupsHarness
{
    public const string Account = "arn:aws:iam::123456789012";

    public IIamClient Iam { get; } = Substitute.For<IIamClient>();
    public IInventoryService Inventory { get; } = Substitute.For<IInventoryService>();
    public IAccountQuotas Quotas { get; } = Substitute.For<IAccountQuotas>();
    public IIdentityRiskService Risk { get; } = Substitute.For<IIdentityRiskService>();
    public MemoryAuditLog Audit { get; } = new();
    public MemoryJobStore Jobs { get; } = new();
    public List<IamGroupDetail> Groups { get; } = [];
    public List<UserInventoryRow> Users { get; } = [];
    public List<IamPolicyWithVersions> Policies { get; } = [];

    public GroupCommands Commands { get; }
    public GroupQueryService Queries { get; }
    public GroupDeletionService Deletion { get; }
    public MoveToGroupService Move { get; }

    public GroupsHarness(PortalRole role = PortalRole.SecurityAdmin)
    {
        var time = new FakeTimeProvider(Sample.Now);
        var op = new FakeOperator(role);
        var audited = new AuditedOperations(op, Audit, new FakeAccounts(), time);
        Inventory.GetAsync(default).ReturnsForAnyArgs(_ => new InventorySnapshot(new AccountContext(FakeAccounts.AccountId, null), Sample.Now, null,
            Users.ToList(), Groups.ToList(), Policies.ToList(), TimeSpan.Zero));
        Quotas.CachedAsync(QuotaKeys.AttachedPoliciesPerGroup, default).ReturnsForAnyArgs(10);
        Quotas.LiveAsync(QuotaKeys.GroupsPerUser, default).ReturnsForAnyArgs(10);
        Iam.GetAccountAuthorizationDetailsAsync(default, default).ReturnsForAnyArgs(new IamAccountAuthorizationDetails([], [], []));
        var references = new PolicyReferenceFinder(Inventory, Iam);
        Commands = new GroupCommands(audited, op, Iam, Inventory, Quotas, references);
        Queries = new GroupQueryService(op, Inventory, Quotas, new GroupRisk([Risk]), Iam);
        var jobs = new GroupJobs(new JobTargetGuard(Jobs), Jobs, new JobRunner(Jobs, new JobProgress(), time), new GroupStepExecutor(Iam, Iam, audited),
            audited, Inventory, new FakeAccounts(), time);
        Deletion = new GroupDeletionService(op, audited, new GroupDeletionPlanner(Iam, Iam, references), jobs);
        Move = new MoveToGroupService(op, audited, Iam, Inventory, Quotas, jobs);
    }

    public static IamGroup Group(string name, string path = "/") => new(name, "AGPA" + name, $"{Account}:group{path}{name}", path, Sample.Now.AddDays(-30));

    public IamGroupDetail AddGroup(string name, IReadOnlyList<IamAttachedPolicy>? attached = null, IReadOnlyList<IamInlinePolicy>? inline = null)
    {
        var detail = new IamGroupDetail(Group(name), attached ?? [], inline ?? []);
        Groups.Add(detail);
        return detail;
    }

    public UserInventoryRow AddUser(string name, params string[] groups)
    {
        var row = Sample.Row(name) with { Groups = groups };
        Users.Add(row);
        return row;
    }

    /// <summary>The user's direct permissions as IAM answers them live.</summary>
    public void DirectPolicies(string user, IReadOnlyList<IamAttachedPolicy> managed, params IamInlinePolicy[] inline)
    {
        Iam.ListAttachedUserPoliciesAsync(user, default).Returns(managed);
        Iam.ListUserPoliciesAsync(user, default).Returns(inline.Select(i => i.PolicyName).ToList());
        foreach (var i in inline) Iam.GetUserPolicyAsync(user, i.PolicyName, default).Returns(i);
    }

    public IReadOnlyList<string> AuditActions() => Audit.Entries.Select(e => e.Record.Action).ToList();
}
