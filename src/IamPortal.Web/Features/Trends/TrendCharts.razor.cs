using IamPortal.Application.Trends;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Trends;

public partial class TrendCharts
{
    private static readonly string[] SeverityOrder = ["Critical", "High", "Medium", "Low"];

    [Parameter, EditorRequired] public required IReadOnlyList<TrendSnapshotInfo> Snapshots { get; set; }

    private IReadOnlyList<TrendSnapshotInfo> Points => [.. Snapshots.OrderBy(s => s.TakenAt)];
    private TrendSummary Latest => Points[^1].Summary;
    private string[] Labels => [.. Points.Select(p => p.TakenAt.UtcDateTime.ToString("MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture))];

    private IReadOnlyList<string> Severities => [.. SeverityOrder.Where(s => Points.Any(p => p.Summary.FailingBySeverity.ContainsKey(s)))
        .Concat(Points.SelectMany(p => p.Summary.FailingBySeverity.Keys).Distinct().Where(s => !SeverityOrder.Contains(s)))];

    private List<ChartSeries<double>> MfaSeries => Series(("Console users with MFA", p => p.MfaCoveragePercent));

    private List<ChartSeries<double>> ActivitySeries => Series(("Inactive users", p => p.InactiveUsers), ("Keys over age", p => p.KeysOverAge));

    private List<ChartSeries<double>> SeveritySeries =>
        Series([.. Severities.Select(s => (s, (Func<TrendSummary, double>)(p => p.FailingBySeverity.GetValueOrDefault(s))))]);

    private List<ChartSeries<double>> Series(params (string Name, Func<TrendSummary, double> Value)[] lines) =>
        [.. lines.Select(l => new ChartSeries<double> { Name = l.Name, Data = new ChartData<double>(Points.Select(p => l.Value(p.Summary)).ToArray()) })];
}
