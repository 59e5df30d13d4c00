using IamPortal.Application.Trends;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Trends;

public partial class TrendCompare
{
    private Guid _from;
    private Guid _to;
    private TrendComparison? _result;
    private string? _error;
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();

    [Inject] private ITrendService Trends { get; set; } = default!;

    /// <summary>Newest first.</summary>
    [Parameter, EditorRequired] public required IReadOnlyList<TrendSnapshotInfo> Snapshots { get; set; }

    protected override void OnInitialized()
    {
        // The latest against the one before it: what changed since last time.
        _to = Snapshots[0].Id;
        _from = Snapshots.Count > 1 ? Snapshots[1].Id : Snapshots[0].Id;
    }

    private async Task CompareAsync()
    {
        var compared = await Trends.CompareAsync(_from, _to);
        (_result, _error, _errors) = (compared.Value, compared.Errors.Count == 0 ? compared.Error : null, compared.Errors);
    }

    internal static string Describe(TrendSnapshotInfo s) =>
        $"{s.TakenAt.UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC · {s.TakenBy}";

    private static Color ChipColor(TrendChangeKind kind) => kind switch
    {
        TrendChangeKind.Resolved => Color.Success,
        TrendChangeKind.New or TrendChangeKind.Regressed or TrendChangeKind.Reopened => Color.Error,
        _ => Color.Default,
    };
}
