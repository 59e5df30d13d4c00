using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace IamPortal.Sandbox.State;

/// <summary>
/// Saves the state to a JSON file, debounced (a burst of mutations gives one write) and atomically
/// (write a temp file next to it, then move it over the old one).
/// </summary>
public sealed class StateStore : IAsyncDisposable
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(250);

    private readonly IamState _state;
    private readonly string? _path;
    private readonly ILogger _logger;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly Timer _timer;
    private long _savedVersion = -1;

    public StateStore(IamState state, SandboxOptions options, ILogger<StateStore> logger)
    {
        _state = state;
        _path = options.DataFile is null ? null : Path.GetFullPath(options.DataFile);
        _logger = logger;
        _timer = new Timer(_ => _ = SaveInBackground(), null, Timeout.Infinite, Timeout.Infinite);
    }

    public bool Enabled => _path is not null;

    /// <summary>Loads the file into the state; false when there is no file yet.</summary>
    public bool TryLoad()
    {
        if (_path is null || !File.Exists(_path)) return false;
        using var stream = File.OpenRead(_path);
        var doc = JsonSerializer.Deserialize<StateDocument>(stream, Json) ?? throw new InvalidDataException($"Empty sandbox data file {_path}");
        lock (_state.Sync)
        {
            doc.ApplyTo(_state);
            _savedVersion = _state.Version;
        }
        return true;
    }

    /// <summary>Called after each request: arms the debounce timer when the state changed since the last save.</summary>
    public void ScheduleIfChanged()
    {
        if (_path is null) return;
        long version;
        lock (_state.Sync) version = _state.Version;
        if (version != Interlocked.Read(ref _savedVersion)) _timer.Change(Debounce, Timeout.InfiniteTimeSpan);
    }

    public async Task SaveAsync(CancellationToken ct = default)
    {
        if (_path is null) return;
        await _writeLock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            byte[] bytes;
            long version;
            lock (_state.Sync)
            {
                version = _state.Version;
                bytes = JsonSerializer.SerializeToUtf8Bytes(StateDocument.From(_state), Json);
            }
            Directory.CreateDirectory(Path.GetDirectoryName(_path)!);
            var temp = _path + ".tmp";
            await File.WriteAllBytesAsync(temp, bytes, ct).ConfigureAwait(false);
            File.Move(temp, _path, overwrite: true);
            Interlocked.Exchange(ref _savedVersion, version);
        }
        finally
        {
            _writeLock.Release();
        }
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
        long version;
        lock (_state.Sync) version = _state.Version;
        if (_path is not null && version != Interlocked.Read(ref _savedVersion)) await SaveAsync(ct).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await _timer.DisposeAsync().ConfigureAwait(false);
        _writeLock.Dispose();
    }
}
