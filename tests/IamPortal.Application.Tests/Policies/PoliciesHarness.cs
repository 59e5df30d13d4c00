using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Attachments;
using IamPortal.Application.Policies.Deletion;
using IamPortal.Application.Policies.Inline;
using IamPortal.Application.Policies.Managed;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Policies;

/// <summary>The policy services over a fake IAM, substitutes of the analysis contracts, an in-memory journal and audit log.</summary>
public sealed class PoliciesHarness
{
    public const string Arn = "arn:aws:iam::123456789012:policy/deploy";
    public const string Document = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}""";
    public const string RiskySummary = "Adds privilege escalation through iam:CreatePolicyVersion, confirmed, for 2 users.";

    public IIamClient Iam { get; } = Substitute.For<IIamClient>();
    public IPolicyValidator Validator { get; } = Substitute.For<IPolicyValidator>();
    public IPermissionChangePreview Preview { get; } = Substitute.For<IPermissionChangePreview>();
    public IRiskAnalyzer Risk { get; } = Substitute.For<IRiskAnalyzer>();
    public IIdentityRiskService IdentityRisk { get; } = Substitute.For<IIdentityRiskService>();
    public IInventoryService Inventory { get; } = Substitute.For<IInventoryService>();
    public MemoryAuditLog Audit { get; } = new();
    public MemoryJobStore Jobs { get; } = new();
    public FakeTimeProvider Time { get; } = new(Sample.Now);
    public List<IamPolicyWithVersions> CustomerPolicies { get; } = [];

    public ManagedPolicyService Managed { get; }
    public InlinePolicyService Inline { get; }
    public PolicyAttachmentService Attachments { get; }
    public PolicyDeletionService Deletion { get; }
    public PolicyListService List { get; }

    public PoliciesHarness(PortalRole role = PortalRole.SecurityAdmin)
    {
        var op = new FakeOperator(role);
        var audited = new AuditedOperations(op, Audit, new FakeAccounts(), Time);
        var runner = new PolicyCommandRunner(audited);
        var checks = new PolicyChecks(Validator, Preview);
        var principals = new PrincipalPolicies(Iam);
        Managed = new ManagedPolicyService(op, Iam, Inventory, checks, Risk, runner);
        Inline = new InlinePolicyService(op, principals, Validator, checks, Inventory, runner);
        Attachments = new PolicyAttachmentService(op, principals, Iam, checks, Inventory, runner);
        Deletion = new PolicyDeletionService(op, audited, new PolicyDeletionPlanner(Iam), new PolicyDeletionStepExecutor(Iam, audited),
            new JobTargetGuard(Jobs), Jobs, new JobRunner(Jobs, new JobProgress(), Time), Inventory, new FakeAccounts(), Time);
        List = new PolicyListService(op, Inventory, Iam, new FakeAccounts(), new AwsManagedPolicyCache(Time), Risk);

        Validator.Validate(default!, default).ReturnsForAnyArgs(a => Valid(((string?)a[0])?.Length ?? 0));
        Preview.PreviewAsync(default!).ReturnsForAnyArgs(NoImpact());
        Risk.Analyze(default!).ReturnsForAnyArgs(RiskReport.Empty);
        Inventory.GetAsync().ReturnsForAnyArgs(_ => new InventorySnapshot(new AccountContext(FakeAccounts.AccountId, "test"), Sample.Now, null, [], [],
            CustomerPolicies.ToList(), TimeSpan.Zero));
    }

    public static PolicyValidation Valid(int size = 100) => new([], size, 6144);

    public static PolicyValidation With(FindingLevel level, string message = "Something at line 3.") =>
        new([new PolicyFinding(level, "CODE", message, 3, 7)], 100, 6144);

    public static ChangeImpact NoImpact() => new(new RiskDifference([], []), [], [], "No change in risk.");

    public static ChangeImpact Risky()
    {
        var finding = new RiskFinding(RiskCategory.PrivilegeEscalation, RiskSeverity.Critical, true, "esc:iam:CreatePolicyVersion",
            "Privilege escalation through iam:CreatePolicyVersion", "Can rewrite its own policy.", ["iam:CreatePolicyVersion"], []);
        return new ChangeImpact(new RiskDifference([finding], []), [new ImpactLine(finding, true, 2)], ["alice", "bob"], RiskySummary);
    }

    public static IamManagedPolicy Policy(string arn = Arn, int attachments = 0, string defaultVersion = "v1", int boundaryUses = 0) =>
        new(arn.Split('/')[^1], "ANPA" + arn.Length, arn, "/", defaultVersion, attachments, boundaryUses, true, null, Sample.Now, Sample.Now);

    public static IamPolicyVersion Version(string id, bool isDefault = false, string? document = Document) =>
        new(id, isDefault, Sample.Now.AddDays(int.Parse(id[1..])), document);

    public void HasVersions(int count, string arn = Arn) =>
        Iam.ListPolicyVersionsAsync(arn).ReturnsForAnyArgs(Enumerable.Range(1, count).Select(i => Version("v" + i, i == count)).ToList());

    public IReadOnlyList<AuditEntry> AuditOf(string action) => Audit.Entries.Where(e => e.Record.Action == action).ToList();
}
