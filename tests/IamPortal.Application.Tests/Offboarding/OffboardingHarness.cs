using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Operators;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Offboarding;

/// <summary>The offboarding services over a fake IAM with a user that has one of everything, an in-memory journal and audit log.</summary>
public sealed class OffboardingHarness
{
    public const string User = "leaver";
    public const string VirtualMfa = "arn:aws:iam::123456789012:mfa/leaver";
    public const string HardwareMfa = "GAHT12345678";
    public const string Boundary = "arn:aws:iam::123456789012:policy/boundaries/DeveloperBoundary";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _gone = new(StringComparer.OrdinalIgnoreCase);

    public IIamClient Iam { get; }
    public IIamClient Client => Iam;
    public MemoryAuditLog Audit { get; } = new();
    public MemoryJobStore Jobs { get; } = new();
    public CountingInventory Inventory { get; } = new();
    public OffboardingPlanner Planner { get; }
    public OffboardingStepExecutor Executor { get; }
    public OffboardingService Offboarding { get; }
    public QuarantineService Quarantine { get; }
    public BulkUserActions Bulk { get; }

    public OffboardingHarness(PortalRole role = PortalRole.SecurityAdmin)
    {
        Iam = Substitute.For<IIamClient>();
        var time = new FakeTimeProvider(Sample.Now);
        var op = new FakeOperator(role);
        var audited = new AuditedOperations(op, Audit, new FakeAccounts(), time);
        var guard = new JobTargetGuard(Jobs);
        Planner = new OffboardingPlanner(Client, Client, Client, Client, Client, op, time);
        Executor = new OffboardingStepExecutor(Client, Client, Client, Client, Client, audited);
        var jobs = new LifecycleJobs(guard, Jobs, new JobRunner(Jobs, new JobProgress(), time), Executor, audited, Inventory, new FakeAccounts(), time);
        Offboarding = new OffboardingService(op, audited, Planner, Jobs, jobs, guard);
        Quarantine = new QuarantineService(Client, Client, Client, op, audited, Planner, Jobs, jobs);
        Bulk = new BulkUserActions(Client, audited, Quarantine, Offboarding, Inventory);
        AnswerOneOfEverything();
        AnswerMutations();
    }

    private void AnswerOneOfEverything()
    {
        Iam.Configure().GetUserAsync(default!).ReturnsForAnyArgs(a => _gone.ContainsKey((string)a[0]!)
            ? throw new NoSuchEntityException($"The user with name {a[0]} cannot be found.")
            : new IamUser((string)a[0]!, "AIDALEAVER", $"arn:aws:iam::123456789012:user/{a[0]}", "/", Sample.Now, PermissionsBoundaryArn: Boundary));
        Iam.Configure().GetLoginProfileAsync(default!).ReturnsForAnyArgs(a => (IamLoginProfile?)new IamLoginProfile((string)a[0]!, Sample.Now, false));
        Iam.Configure().ListAccessKeysAsync(default!).ReturnsForAnyArgs(a => (IReadOnlyList<IamAccessKey>)
        [
            new IamAccessKey((string)a[0]!, "AKIAACTIVE", IamAccessKeyStatus.Active, Sample.Now),
            new IamAccessKey((string)a[0]!, "AKIAINACTIVE", IamAccessKeyStatus.Inactive, Sample.Now),
        ]);
        Iam.Configure().ListSigningCertificatesAsync(default!).ReturnsForAnyArgs(a => (IReadOnlyList<IamSigningCertificate>)[new((string)a[0]!, "CERT1", IamAccessKeyStatus.Active, Sample.Now)]);
        Iam.Configure().ListSshPublicKeysAsync(default!).ReturnsForAnyArgs(a => (IReadOnlyList<IamSshPublicKey>)[new((string)a[0]!, "APKASSH1", IamAccessKeyStatus.Active, Sample.Now)]);
        Iam.Configure().ListServiceSpecificCredentialsAsync(default!).ReturnsForAnyArgs(a => (IReadOnlyList<IamServiceSpecificCredential>)
            [new((string)a[0]!, "ACCASSC1", "codecommit.amazonaws.com", "leaver-at-123", IamAccessKeyStatus.Active, Sample.Now)]);
        Iam.Configure().ListMfaDevicesAsync(default!).ReturnsForAnyArgs(a => (IReadOnlyList<IamMfaDevice>)[new((string)a[0]!, VirtualMfa, Sample.Now), new((string)a[0]!, HardwareMfa, Sample.Now)]);
        Iam.Configure().ListUserPoliciesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<string>)["inline-s3"]);
        Iam.Configure().ListAttachedUserPoliciesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAttachedPolicy>)[new("ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess")]);
        Iam.Configure().ListGroupsForUserAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamGroup>)[new IamGroup("admins", "AGPA1", "arn:aws:iam::123456789012:group/admins", "/", Sample.Now)]);
        Iam.Configure().ListUserTagsAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamTag>)[]);
    }

    /// <summary>Every other mutation completes (a substitute's default); DeleteUser also makes that user gone.</summary>
    private void AnswerMutations() =>
        Iam.WhenForAnyArgs(i => i.DeleteUserAsync(default!)).Do(c => UserIsGone((string)c[0]!));

    /// <summary>After DeleteUser: GetUser answers NoSuchEntity for that user.</summary>
    public void UserIsGone(string userName = User) => _gone[userName] = true;

    public IReadOnlyList<AuditEntry> AuditOf(string action) => Audit.Entries.Where(e => e.Record.Action == action).ToList();
}

public sealed class CountingInventory : IInventoryService
{
    public int Invalidations { get; private set; }
    public Task<InventorySnapshot> GetAsync(CancellationToken ct = default) => throw new NotSupportedException("Offboarding reads IAM live.");
    public Task<InventorySnapshot> RefreshAsync(CancellationToken ct = default) => throw new NotSupportedException("Offboarding reads IAM live.");
    public List<string> ChangedUsers { get; } = [];
    public Task UserChangedAsync(string userName, CancellationToken ct = default)
    {
        lock (ChangedUsers) ChangedUsers.Add(userName);
        return Task.CompletedTask;
    }
    public Task InvalidateAsync(CancellationToken ct = default) { Invalidations++; return Task.CompletedTask; }
}
