using IamPortal.Application.Offboarding;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>A bulk action's result per user (outcome, message, job), exportable as CSV.</summary>
public partial class BulkResultsTable
{
    [Parameter, EditorRequired] public required BulkUserAction Action { get; set; }
    [Parameter, EditorRequired] public required IReadOnlyList<BulkUserResult> Results { get; set; }
    [Parameter] public EventCallback OnDismiss { get; set; }

    [Inject] private IBulkUserActions Bulk { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private async Task ExportAsync()
    {
        var csv = Bulk.ExportCsv(Action, Results);
        var fileName = $"bulk-{Action}-{Clock.GetUtcNow():yyyyMMdd-HHmm}.csv".ToLowerInvariant();
        try
        {
            await JS.InvokeVoidAsync("iamPortal.downloadText", fileName, "text/csv;charset=utf-8", csv);
        }
        catch (JSDisconnectedException)
        {
            // The browser went away; nothing to download to.
        }
    }
}
