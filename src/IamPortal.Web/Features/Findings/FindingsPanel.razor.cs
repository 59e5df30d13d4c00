using IamPortal.Application.Commands;
using IamPortal.Application.Findings;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Findings;

/// <summary>Findings for <see cref="UserName"/> or <see cref="GroupName"/> (one of them).</summary>
public partial class FindingsPanel
{
    private IReadOnlyList<FindingResult>? _results;
    private string? _error;
    private readonly string _headingId = "findings-panel-" + Guid.NewGuid().ToString("N")[..8];

    [Parameter] public string? UserName { get; set; }
    [Parameter] public string? GroupName { get; set; }
    [Inject] private IFindingsService Findings { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var read = await CommandResult.CaptureAsync(() => UserName is { } u ? Findings.ForUserAsync(u) : Findings.ForGroupAsync(GroupName ?? ""));
        (_results, _error) = (read.Value, read.Error);
    }
}
