using IamPortal.Sandbox.Faults;
using IamPortal.Sandbox.Organization;
using IamPortal.Sandbox.Seed;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Hosting;

internal sealed class SandboxControl(SandboxOrganization organization, RequestCounter counter, FaultInjector faults, StateStore store, TimeProvider time)
    : ISandboxControl
{
    public IReadOnlyDictionary<string, long> RequestCounts => counter.Snapshot();

    public long TotalRequests => counter.Total;

    public void ResetCounters() => counter.Reset();

    public SandboxFaults Faults
    {
        get => faults.Faults;
        set => faults.Faults = value;
    }

    public void FailNext(string action, string errorCode, int times = 1) => faults.FailNext(action, errorCode, times);

    public void FailAlways(string action, string errorCode, int? httpStatus = null) => faults.FailAlways(action, errorCode, httpStatus);

    public void StopFailing(string action) => faults.StopFailing(action);

    public IReadOnlyDictionary<string, SandboxFailure> FailingActions => faults.FailingActions;

    public void Reset(int users, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(users);
        var now = time.GetUtcNow();
        var management = organization.Management.State;
        lock (management.Sync) AccountSeeder.Seed(management, users, seed, now);
        OrganizationSeeder.SeedMembers(organization.Members, now);
        organization.Sessions.Clear();
        foreach (var account in organization.Accounts) account.Events.Clear();
        store.ScheduleIfChanged();
    }

    public IReadOnlyList<SandboxAccountInfo> Accounts =>
        [.. organization.Accounts.Select(a => new SandboxAccountInfo(
            a.Id, a.Name, a.Alias, a.Email, a.Status, a.IsManagement, a.OperatorAccessKeyId, a.OperatorSecretAccessKey, a.RoleNames, a.ExternalId))];

    public IReadOnlyList<SandboxEvent> Events(string accountId) => organization.Find(accountId)?.Events.Snapshot() ?? [];

    public IamState State(string accountId) =>
        organization.Find(accountId)?.State ?? throw new ArgumentException($"Account {accountId} is not in the Sandbox's organization.", nameof(accountId));

    public Task SaveAsync(CancellationToken ct = default) => store.SaveAsync(ct);
}
