using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Credentials;
using IamPortal.Application.Findings;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Organization;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Organization;

/// <summary>
/// Three accounts behind the real account scopes and fan-out: per-account inventories, IAM credential ports and roles
/// (the operator's role can differ per account), the real audited operations and access key service, fake findings.
/// </summary>
public sealed class OrganizationHarness
{
    public static readonly PortalAccount Prod = new("111111111111", "prod", "arn:aws:iam::111111111111:role/IamPortalRole", null, AccountSource.Configured);
    public static readonly PortalAccount Staging = new("222222222222", "staging", "arn:aws:iam::222222222222:role/IamPortalRole", null, AccountSource.Configured);
    public static readonly PortalAccount Dev = new("333333333333", "dev", "arn:aws:iam::333333333333:role/IamPortalRole", null, AccountSource.Configured);

    public Dictionary<string, PortalRole> Roles { get; } = new() { [Prod.Id] = PortalRole.SecurityAdmin, [Staging.Id] = PortalRole.SecurityAdmin, [Dev.Id] = PortalRole.SecurityAdmin };
    public Dictionary<string, InventorySnapshot> Inventories { get; } = new();
    public Dictionary<string, IamException> Failing { get; } = new();
    public Dictionary<string, IIamCredentialsApi> Credentials { get; } = new();
    public Dictionary<string, IQuarantineService> Quarantines { get; } = new();
    public Dictionary<string, int> Refreshes { get; } = new();
    public int FindingsEvaluations;
    public MemoryAuditLog Audit { get; } = new();
    public FakeSts Sts { get; } = new("111111111111");
    public FakeTimeProvider Time { get; } = new(Sample.Now);

    public OrganizationHarness()
    {
        foreach (var a in new[] { Prod, Staging, Dev })
        {
            Inventories[a.Id] = Snapshot(a.Id);
            Credentials[a.Id] = Substitute.For<IIamCredentialsApi>();
            Quarantines[a.Id] = Substitute.For<IQuarantineService>();
        }
    }

    public static InventorySnapshot Snapshot(string accountId, params UserInventoryRow[] users) =>
        new(new AccountContext(accountId, null), Sample.Now.AddHours(-1), Sample.Now.AddHours(-2), users, [], [], TimeSpan.FromSeconds(1));

    public IServiceProvider Build()
    {
        var s = new ServiceCollection();
        s.AddSingleton<TimeProvider>(Time);
        s.AddSingleton<IAccountDirectory>(new FixedDirectory(Prod, Staging, Dev));
        s.AddSingleton(Microsoft.Extensions.Options.Options.Create(new AccountsOptions { RefreshParallelism = 2, List = [new ConfiguredAccount { Id = Prod.Id }] }));
        s.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        s.AddScoped<IRequestedAccount, NoRequestedAccount>();
        s.AddScoped<AccountSelection>();
        s.AddScoped<OperatorOverride>();
        s.AddScoped<IAccountScopes, AccountScopes>();
        s.AddSingleton<EveryAccount>();
        s.AddScoped<IOperatorContext>(sp => new PerAccountOperator(Roles, sp.GetRequiredService<OperatorOverride>(), sp.GetRequiredService<AccountSelection>()));
        s.AddScoped<ICurrentAccount>(sp => new SelectedAccount(sp.GetRequiredService<AccountSelection>()));
        s.AddSingleton<IAuditLog>(Audit);
        s.AddScoped<IAuditedOperations, AuditedOperations>();
        s.AddScoped<IInventoryService>(sp => new PerAccountInventory(this, sp.GetRequiredService<AccountSelection>(), sp.GetRequiredService<IOperatorContext>()));
        s.AddScoped(sp => Credentials[Selected(sp)]);
        s.AddScoped(sp => Quarantines[Selected(sp)]);
        s.AddScoped<CredentialCommandRunner>();
        s.AddScoped<IAccessKeyService, AccessKeyService>();
        var guardrails = Substitute.For<IGuardrailsService>();
        guardrails.GetAsync(Arg.Any<CancellationToken>()).Returns(new IamPortal.Application.Guardrails.Guardrails());
        s.AddSingleton(guardrails);
        s.AddScoped<IFindingsService>(sp => new FixedFindings(this, sp.GetRequiredService<IOperatorContext>(), Selected(sp)));
        s.AddSingleton<IStsClient>(Sts);
        s.AddOrganization();
        return s.BuildServiceProvider().CreateScope().ServiceProvider;
    }

    private static string Selected(IServiceProvider sp) => sp.GetRequiredService<AccountSelection>().AccountId ?? Prod.Id;

    private sealed class FixedDirectory(params PortalAccount[] accounts) : IAccountDirectory
    {
        public bool IsMultiAccount => true;
        public Task<IReadOnlyList<PortalAccount>> ListAsync(CancellationToken ct = default) => Task.FromResult<IReadOnlyList<PortalAccount>>(accounts);
        public PortalAccount? Find(string accountId) => accounts.FirstOrDefault(a => a.Id == accountId);
        public PortalAccount? Default => accounts[0];
        public string? DiscoveryError => null;
    }

    private sealed class PerAccountOperator(Dictionary<string, PortalRole> roles, OperatorOverride portal, AccountSelection selection) : IOperatorContext
    {
        public OperatorIdentity Current => portal.Identity ?? For(selection.AccountId ?? Prod.Id);
        public OperatorIdentity For(string accountId) => portal.Identity ?? new("sub-1", "Test Operator", "op@example.com", "Test", roles.GetValueOrDefault(accountId));
    }

    private sealed class SelectedAccount(AccountSelection selection) : ICurrentAccount
    {
        public Task<AccountContext> GetAsync(CancellationToken ct = default) => Task.FromResult(new AccountContext(selection.AccountId ?? Prod.Id, null));
    }

    private sealed class PerAccountInventory(OrganizationHarness h, AccountSelection selection, IOperatorContext operators) : IInventoryService
    {
        private string Id => selection.AccountId ?? Prod.Id;

        public Task<InventorySnapshot> GetAsync(CancellationToken ct = default)
        {
            operators.EnsureCanRead("read the inventory");
            return h.Failing.TryGetValue(Id, out var e) ? Task.FromException<InventorySnapshot>(e) : Task.FromResult(h.Inventories[Id]);
        }

        public Task<InventorySnapshot> RefreshAsync(CancellationToken ct = default)
        {
            lock (h.Refreshes) h.Refreshes[Id] = h.Refreshes.GetValueOrDefault(Id) + 1;
            return GetAsync(ct);
        }

        public Task UserChangedAsync(string userName, CancellationToken ct = default) => Task.CompletedTask;
        public Task InvalidateAsync(CancellationToken ct = default) => Task.CompletedTask;
    }

    /// <summary>Two failing high findings and one failing critical in every account (ReadAudit, like the real service).</summary>
    private sealed class FixedFindings(OrganizationHarness h, IOperatorContext operators, string accountId) : IFindingsService
    {
        public Task<FindingsReport> GetReportAsync(CancellationToken ct = default)
        {
            operators.Ensure(Permission.ReadAudit, "read the findings");
            Interlocked.Increment(ref h.FindingsEvaluations);
            CheckSummary Check(string id, RiskSeverity severity, int failed, int accepted) =>
                new(new CheckDefinition(id, id, severity, null, null, null, "", "", FindingFixKind.None), FindingStatus.Fail, 1, failed, accepted, 0);
            return Task.FromResult(new FindingsReport(accountId, accountId, Sample.Now, Sample.Now, null,
                [Check("a", RiskSeverity.High, 2, 5), Check("b", RiskSeverity.Critical, 1, 0)],
                new Dictionary<RiskSeverity, int>(), []));
        }

        public Task<IReadOnlyList<FindingResult>> ForUserAsync(string userName, CancellationToken ct = default) => throw new NotSupportedException();
        public Task<IReadOnlyList<FindingResult>> ForGroupAsync(string groupName, CancellationToken ct = default) => throw new NotSupportedException();
    }
}
