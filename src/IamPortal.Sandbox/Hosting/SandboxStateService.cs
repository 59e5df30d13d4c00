using IamPortal.Sandbox.Organization;
using IamPortal.Sandbox.Seed;
using IamPortal.Sandbox.State;
using Microsoft.Extensions.Hosting;

namespace IamPortal.Sandbox.Hosting;

/// <summary>
/// The state's lifetime under the host: on start, loads each account's data file or seeds the account (and writes
/// the file); on stop, after the server has drained its requests, writes what is not saved yet.
/// </summary>
internal sealed class SandboxStateService(SandboxOrganization organization, StateStore store, SandboxOptions options, TimeProvider time)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var management = organization.Management;
        if (!store.TryLoad(management))
            lock (management.State.Sync) AccountSeeder.Seed(management.State, options.SeedUsers, options.Seed, now);
        OrganizationSeeder.SeedMembers(organization.Members.Where(m => !store.TryLoad(m)).ToList(), now);
        if (store.Enabled) await store.SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => store.FlushAsync(cancellationToken);
}
