using IamPortal.Application.Commands;
using IamPortal.Application.Reports;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;
using MudBlazor;

namespace IamPortal.Web.Features.Reports;

/// <summary>Generates the credential report (polling IAM's state), shows the latest archived one, its history and downloads.</summary>
public partial class CredentialReportPage : IDisposable
{
    private readonly CancellationTokenSource _cts = new();
    private CommandResult<CredentialReportView?>? _latest;
    private CommandResult<IReadOnlyList<StoredCredentialReport>>? _history;
    private CredentialReportProgress? _progress;
    private bool _generating;
    private string? _error;

    [Inject] private ICredentialReportService Reports { get; set; } = default!;
    [Inject] private IJSRuntime JS { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    /// <summary>Between two polls of IAM's state (on the portal's TimeProvider); tests pass zero.</summary>
    [Parameter] public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);
    /// <summary>After this many polls the page stops waiting and says so.</summary>
    [Parameter] public int MaxPolls { get; set; } = 120;

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _latest = await Reports.LatestAsync(_cts.Token);
        _history = await Reports.HistoryAsync(_cts.Token);
    }

    private async Task GenerateAsync()
    {
        (_generating, _error) = (true, null);
        var result = await Reports.StartAsync(_cts.Token);
        for (var i = 0; result.Value is { IsComplete: false } && i < MaxPolls; i++)
        {
            _progress = result.Value;
            StateHasChanged();
            await Task.Delay(PollInterval, Clock, _cts.Token);
            result = await Reports.PollAsync(_cts.Token);
        }
        _progress = result.Value;
        if (result.Value is { IsComplete: true } done)
        {
            Snackbar.Add($"Credential report generated at {done.Report!.GeneratedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC.", Severity.Success);
            await LoadAsync();
        }
        else _error = result.Error ?? "IAM has not finished generating the report yet; try again in a minute.";
        _generating = false;
    }

    private async Task DownloadAsync(StoredCredentialReport report)
    {
        var download = await Reports.DownloadAsync(report.Id, _cts.Token);
        if (download.Value is { } file)
            await JS.InvokeVoidAsync("iamPortal.downloadText", file.FileName, "text/csv;charset=utf-8", System.Text.Encoding.UTF8.GetString(file.Content));
        else Snackbar.Add($"The download failed. {download.Error}", Severity.Error);
    }

    public void Dispose()
    {
        _cts.Cancel();
        _cts.Dispose();
        GC.SuppressFinalize(this);
    }
}
