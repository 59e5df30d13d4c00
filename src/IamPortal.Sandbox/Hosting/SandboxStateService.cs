using IamPortal.Sandbox.Seed;
using IamPortal.Sandbox.State;
using Microsoft.Extensions.Hosting;

namespace IamPortal.Sandbox.Hosting;

/// <summary>
/// The state's lifetime under the host: on start, loads the data file or seeds the account (and writes the file);
/// on stop, after the server has drained its requests, writes what is not saved yet.
/// </summary>
internal sealed class SandboxStateService(IamState state, StateStore store, SandboxOptions options, TimeProvider time)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (store.TryLoad()) return;
        lock (state.Sync) AccountSeeder.Seed(state, options.SeedUsers, options.Seed, time.GetUtcNow());
        if (store.Enabled) await store.SaveAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task StopAsync(CancellationToken cancellationToken) => store.FlushAsync(cancellationToken);
}
