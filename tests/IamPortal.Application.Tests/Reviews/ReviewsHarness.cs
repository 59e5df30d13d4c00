using IamPortal.Application.AccessAdvisor;
using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Notifications;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Reviews;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Reviews;

/// <summary>An operator the test can switch (admin, then a team lead, then another).</summary>
public sealed class SwitchableOperator : IOperatorContext
{
    public OperatorIdentity Current { get; set; } = Admin;

    public static readonly OperatorIdentity Admin = new("sub-admin", "Ada Admin", "admin@example.com", "Test", PortalRole.SecurityAdmin);
    public static readonly OperatorIdentity Lead = new("sub-lead", "Lee Lead", "lead@example.com", "Test", PortalRole.TeamLead);
    public static readonly OperatorIdentity OtherLead = new("sub-other", "Olive Other", "other@example.com", "Test", PortalRole.TeamLead);
    public static readonly OperatorIdentity Auditor = new("sub-audit", "Aud Itor", "audit@example.com", "Test", PortalRole.Auditor);
}

/// <summary>The Reviews services over a fake IAM (NSubstitute), an inventory the test builds, a fake clock, in-memory store, journal and audit log.</summary>
public sealed class ReviewsHarness
{
    public FakeTimeProvider Time { get; } = new(Sample.Now);
    public SwitchableOperator Operator { get; } = new();
    public IIamClient Iam { get; } = Substitute.For<IIamClient>();
    public IInventoryService Inventory { get; } = Substitute.For<IInventoryService>();
    public IRiskAnalyzer Risk { get; } = Substitute.For<IRiskAnalyzer>();
    public IReviewNotifier Notifier { get; } = Substitute.For<IReviewNotifier>();
    public IAccessAdvisorHints Advisor { get; } = Substitute.For<IAccessAdvisorHints>();
    public MemoryReviewStore Store { get; } = new();
    public MemoryAuditLog Audit { get; } = new();
    public MemoryJobStore Jobs { get; } = new();
    public List<IamGroupDetail> Groups { get; } = [];
    public List<UserInventoryRow> Users { get; } = [];
    public List<ReviewReminder> Reminders { get; } = [];

    public ReviewCampaignService Campaigns { get; }
    public ReviewDecisionService Decisions { get; }
    public GroupOwnershipService Ownership { get; }
    public ReviewEvidenceService Evidence { get; }
    public ReviewScheduler Scheduler { get; }

    public ReviewsHarness()
    {
        var accounts = new FakeAccounts();
        var audited = new AuditedOperations(Operator, Audit, accounts, Time);
        Risk.Analyze(default!).ReturnsForAnyArgs(RiskReport.Empty);
        Risk.AnalyzeTogether(default!).ReturnsForAnyArgs(RiskReport.Empty);
        Inventory.GetAsync(default).ReturnsForAnyArgs(_ => Snapshot());
        Inventory.RefreshAsync(default).ReturnsForAnyArgs(_ => Snapshot());
        Notifier.QueueAsync(default!, default).ReturnsForAnyArgs(c => { Reminders.AddRange(c.Arg<IReadOnlyList<ReviewReminder>>()); return Task.CompletedTask; });
        // Every member is in the groups IAM says, unless a test says otherwise.
        Iam.ListGroupsForUserAsync(default!, default).ReturnsForAnyArgs(c => Users.Single(u => u.UserName == c.Arg<string>()).Groups
            .Select(g => GroupOf(g)).ToList());
        var snapshots = new ReviewSnapshotBuilder(Risk, Store, new ReviewServiceUseReader([Advisor]), Time);
        var applyJobs = new ReviewApplyJobs(new JobTargetGuard(Jobs), Jobs, new JobRunner(Jobs, new JobProgress(), Time), Iam, audited, Time);
        var lifecycle = new ReviewLifecycle(Store, Inventory, snapshots, applyJobs, audited, Operator, Time);
        Campaigns = new ReviewCampaignService(Store, lifecycle, audited, Operator, accounts, Time);
        Decisions = new ReviewDecisionService(Store, audited, new ReviewDenials(Audit, accounts, Time), Operator, accounts, Time);
        Ownership = new GroupOwnershipService(Store, Inventory, Risk, audited, Operator, accounts, Time);
        Evidence = new ReviewEvidenceService(Store, audited, accounts);
        Scheduler = new ReviewScheduler(Store, lifecycle, Notifier, accounts, Options.Create(new ReviewsOptions { PortalUrl = "https://portal.example.com" }),
            Time, NullLogger<ReviewScheduler>.Instance);
    }

    public InventorySnapshot Snapshot() => new(new AccountContext(FakeAccounts.AccountId, null), Time.GetUtcNow(), null, Users.ToList(), Groups.ToList(), [], TimeSpan.Zero);

    public static IamGroup GroupOf(string name) => new(name, "AGPA" + name, $"arn:aws:iam::123456789012:group/{name}", "/", Sample.Now.AddDays(-300));

    public void AddGroup(string name) => Groups.Add(new IamGroupDetail(GroupOf(name), [], []));

    /// <summary>A member last active <paramref name="daysAgo"/> days ago (null: never), in the given groups.</summary>
    public void AddUser(string name, int? daysAgo, params string[] groups) =>
        Users.Add(Sample.Row(name, daysAgo is { } d ? Time.GetUtcNow().AddDays(-d) : null) with { Groups = groups, CreateDate = Sample.Now.AddDays(-400) });

    public static ReviewerIdentity Reviewer(OperatorIdentity op) => new(op.Subject, op.Email!, op.Name);

    /// <summary>Two groups, each owned by one team lead; in each an active and an inactive member.</summary>
    public async Task SeedTwoTeamsAsync()
    {
        AddGroup("developers");
        AddGroup("finance");
        AddUser("alice", 2, "developers");
        AddUser("bob", 200, "developers");
        AddUser("carol", 5, "finance");
        AddUser("dave", null, "finance", "developers");
        Operator.Current = SwitchableOperator.Admin;
        (await Ownership.SetOwnersAsync("developers", [Reviewer(SwitchableOperator.Lead)])).Succeeded.Should().BeTrue();
        (await Ownership.SetOwnersAsync("finance", [Reviewer(SwitchableOperator.OtherLead)])).Succeeded.Should().BeTrue();
    }

    public async Task<ReviewCampaign> StartCampaignAsync(DefaultDecision defaultDecision = DefaultDecision.NoChange, bool autoApply = false,
        JustificationRequirement justification = JustificationRequirement.None)
    {
        Operator.Current = SwitchableOperator.Admin;
        var created = await Campaigns.CreateAsync(new CampaignRequest
        {
            Name = "Q4 review", Duration = TimeSpan.FromDays(14), DefaultDecision = defaultDecision, AutoApply = autoApply,
            JustificationRequired = justification, InactivityThresholdDays = 90,
        });
        created.Succeeded.Should().BeTrue(created.Error);
        return created.Value!.Campaign;
    }

    public ReviewItem Item(Guid campaignId, string group, string user) =>
        Store.ListItemsAsync(campaignId).Result.Single(i => i.GroupName == group && i.UserName == user);

    public IReadOnlyList<AuditRecord> AuditOf(string action) => Audit.Entries.Select(e => e.Record).Where(r => r.Action == action).ToList();
}
