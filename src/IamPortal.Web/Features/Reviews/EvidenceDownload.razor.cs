using System.Text;
using IamPortal.Application.Reviews;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace IamPortal.Web.Features.Reviews;

/// <summary>Exports the campaign's evidence (ReadAudit, audited with its SHA-256) and hands the file to the browser byte for byte (UTF-8).</summary>
public partial class EvidenceDownload
{
    private EvidenceExport? _export;
    private readonly CommandState _command = new();

    [Parameter, EditorRequired] public required Guid CampaignId { get; set; }
    [Parameter] public string? SnapshotSha256 { get; set; }
    [Inject] private IReviewEvidenceService Evidence { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;

    private async Task ExportAsync()
    {
        var result = await _command.RunAsync(() => Evidence.ExportAsync(CampaignId));
        if (result.Value is not { } export) return;
        _export = export;
        await JS.InvokeVoidAsync("iamPortal.downloadText", export.FileName, "text/csv;charset=utf-8", Encoding.UTF8.GetString(export.Content));
    }
}
