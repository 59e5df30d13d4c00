using System.Text.Json;
using IamPortal.Sandbox.Organization;
using Microsoft.Extensions.Logging;

namespace IamPortal.Sandbox.State;

/// <summary>
/// Saves each account's state to its JSON file, debounced (a burst of mutations gives one write) and atomically
/// (write a temp file next to it, then move it over the old one). The management account uses the data file itself;
/// a member uses a file beside it named after its account id (<c>sandbox.json</c> → <c>sandbox.210987654321.json</c>).
/// </summary>
public sealed class StateStore : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    private readonly SandboxOrganization _organization;
    private readonly string? _path;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Timer _timer;
    private readonly Dictionary<string, long> _savedVersions = new(StringComparer.Ordinal);

    public StateStore(SandboxOrganization organization, SandboxOptions options, ILogger<StateStore> logger)
    {
        _organization = organization;
        _path = options.DataFile is null ? null : Path.GetFullPath(options.DataFile);
        _logger = logger;
        _timer = new Timer(_ => _ = SaveInBackground(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public bool Enabled => _path is not null;

    /// <summary>The file of an account's state (null when the Sandbox is in memory only).</summary>
    public string? PathOf(OrganizationAccount account)
    {
        if (_path is null || account.IsManagement) return _path;
        var dir = Path.GetDirectoryName(_path)!;
        return Path.Combine(dir, $"{Path.GetFileNameWithoutExtension(_path)}.{account.Id}{Path.GetExtension(_path)}");
    }

    /// <summary>Loads the account's file into its state; false when there is no file yet.</summary>
    public bool TryLoad(OrganizationAccount account)
    {
        var path = PathOf(account);
        if (path is null || !File.Exists(path)) return false;
        using var stream = File.OpenRead(path);
        var doc = JsonSerializer.Deserialize<StateDocument>(stream, Json) ?? throw new InvalidDataException($"Empty sandbox data file {path}");
        lock (account.State.Sync)
        {
            doc.ApplyTo(account.State);
            lock (_savedVersions) _savedVersions[account.Id] = account.State.Version;
        }
        return true;
    }

    /// <summary>Called after each request: arms the debounce timer when a state changed since its last save.</summary>
    public void ScheduleIfChanged()
    {
        if (_path is null) return;
        if (_organization.Accounts.Any(Changed)) _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Writes every account whose state changed since it was last saved.</summary>
    public async Task SaveAsync(CancellationToken ct = default)
    {
        if (_path is null) return;
        await _writeLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            foreach (var account in _organization.Accounts.Where(Changed).ToList())
                await SaveAccountAsync(account, ct).ConfigureAwait(false);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task SaveAccountAsync(OrganizationAccount account, CancellationToken ct)
    {
        var path = PathOf(account)!;
        byte[] bytes;
        long version;
        lock (account.State.Sync)
        {
            version = account.State.Version;
            bytes = JsonSerializer.SerializeToUtf8Bytes(StateDocument.From(account.State), Json);
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + ".tmp";
        await File.WriteAllBytesAsync(temp, bytes, ct).ConfigureAwait(false);
        File.Move(temp, path, overwrite: true);
        lock (_savedVersions) _savedVersions[account.Id] = version;
    }

    private bool Changed(OrganizationAccount account)
    {
        long version;
        lock (account.State.Sync) version = account.State.Version;
        lock (_savedVersions) return !_savedVersions.TryGetValue(account.Id, out var saved) || saved != version;
    }

    private async Task SaveInBackground()
    {
        try
        {
            await SaveAsync().ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning(ex, "Could not save the sandbox state to {Path}", _path);
        }
    }

    /// <summary>Stops the debounce timer and writes what changed since the last save (the host calls it on stop).</summary>
    public async Task FlushAsync(CancellationToken ct = default)
    {
        _timer.Change(Timeout.Infinite, Timeout.Infinite);
        await SaveAsync(ct).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        _writeLock.Dispose();
    }
}
