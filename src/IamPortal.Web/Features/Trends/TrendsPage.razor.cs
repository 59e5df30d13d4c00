using Humanizer;
using IamPortal.Application.Commands;
using IamPortal.Application.Trends;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Options;

namespace IamPortal.Web.Features.Trends;

/// <summary>/trends: charts over the snapshots, comparison of two, time to remediate, attestation downloads.</summary>
public partial class TrendsPage
{
    private IReadOnlyList<TrendSnapshotInfo>? _snapshots;
    private string? _loadError;
    private string? _message;
    private bool _messageIsError;
    private bool _taking;
    private int _version;

    [Inject] private ITrendService Trends { get; set; } = default!;
    [Inject] private IOptions<TrendOptions> Options { get; set; } = default!;

    private string SnapshotIntervalText => Options.Value.SnapshotInterval > TimeSpan.Zero ? Options.Value.SnapshotInterval.Humanize() : "(scheduling is off)";

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loadError = null;
        var read = await CommandResult.CaptureAsync(() => Trends.ListAsync());
        (_snapshots, _loadError) = (read.Value, read.Error);
        _version++;
    }

    private async Task TakeSnapshotAsync()
    {
        _taking = true;
        var taken = await Trends.TakeSnapshotAsync();
        _taking = false;
        _messageIsError = !taken.Succeeded;
        _message = taken.Succeeded ? $"Snapshot taken: SHA-256 {taken.Value!.Sha256}." : $"The snapshot was not taken: {taken.Error}";
        await LoadAsync();
    }
}
