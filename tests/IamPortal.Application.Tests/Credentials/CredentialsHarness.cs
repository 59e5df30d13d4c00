using IamPortal.Application.Iam;
using IamPortal.Application.Audit;
using IamPortal.Application.Credentials;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;
using GuardrailsRules = IamPortal.Application.Guardrails.Guardrails;

namespace IamPortal.Application.Tests.Credentials;

/// <summary>The credential services over a iam IAM, an in-memory audit log and journal, for rule tests.</summary>
public sealed class CredentialsHarness
{
    public IIamClient Iam { get; }
    public MemoryAuditLog Audit { get; } = new();
    public MemoryJobStore Jobs { get; } = new();
    public CountingInventory Inventory { get; } = new();
    public FakeTimeProvider Time { get; } = new(Sample.Now);
    public IConsoleAccessService Console { get; }
    public IAccessKeyService Keys { get; }
    public IKeyRotationService Rotation { get; }
    public IMfaService Mfa { get; }
    public IUserTagsService Tags { get; }

    public CredentialsHarness(PortalRole role = PortalRole.SecurityAdmin)
    {
        var iam = Substitute.For<IIamClient>();
        Iam = iam;
        var op = new FakeOperator(role);
        var audited = new AuditedOperations(op, Audit, new FakeAccounts(), Time);
        var runner = new CredentialCommandRunner(audited, Inventory);
        var progress = new JobProgress();
        Console = new ConsoleAccessService(iam, iam, op, runner);
        Keys = new AccessKeyService(iam, runner);
        Rotation = new KeyRotationService(iam, op, audited, Inventory, Jobs, new JobRunner(Jobs, progress, Time), new JobTargetGuard(Jobs), new FakeAccounts(), new JobSecrets(), Time);
        Mfa = new MfaService(iam, iam, new FakeAccounts(), runner, Time);
        Tags = new UserTagsService(iam, new FixedGuardrails(), runner);
    }

    public IReadOnlyList<string> Outcomes(string action) =>
        Audit.Entries.Where(e => e.Record.Action == action).Select(e => e.Record.Outcome).ToList();

    public sealed class CountingInventory : IInventoryService
    {
        public int Invalidations { get; private set; }
        public Task<InventorySnapshot> GetAsync(CancellationToken ct = default) => throw new NotSupportedException();
        public Task<InventorySnapshot> RefreshAsync(CancellationToken ct = default) => throw new NotSupportedException();
        public List<string> ChangedUsers { get; } = [];
        public Task UserChangedAsync(string userName, CancellationToken ct = default)
        {
            lock (ChangedUsers) ChangedUsers.Add(userName);
            return Task.CompletedTask;
        }
        public Task InvalidateAsync(CancellationToken ct = default) { Invalidations++; return Task.CompletedTask; }
    }

    private sealed class FixedGuardrails : IGuardrailsService
    {
        public Task<GuardrailsRules> GetAsync(CancellationToken ct = default) => Task.FromResult(new GuardrailsRules());
        public Task<IReadOnlyDictionary<string, string>> SaveAsync(GuardrailsRules g, CancellationToken ct = default) => throw new NotSupportedException();
    }
}
