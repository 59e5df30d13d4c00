using IamPortal.Application.Commands;
using IamPortal.Application.Groups;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Groups;

/// <summary>
/// Access Advisor for the group, a section that fails on its own: GenerateServiceLastAccessedDetails on the group's
/// ARN, then GetServiceLastAccessedDetails every second until IAM completes it (at most a minute), with progress shown.
/// </summary>
public partial class GroupAccessAdvisorTab : IDisposable
{
    private static readonly TimeSpan PollEvery = TimeSpan.FromSeconds(1);
    private const int MaxChecks = 60;

    private readonly CancellationTokenSource _gone = new();
    private GroupAccessReport? _report;
    private string? _error;
    private bool _polling;
    private int _checks;

    [Parameter, EditorRequired] public required string GroupName { get; set; }

    [Inject] private IGroupQueryService Groups { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private async Task GenerateAsync()
    {
        (_polling, _error, _report, _checks) = (true, null, null, 0);
        try
        {
            var started = await CommandResult.CaptureAsync(() => Groups.StartAccessAdvisorAsync(GroupName, _gone.Token));
            if (started.Value is not { } jobId)
            {
                _error = started.Error;
                return;
            }
            while (_checks < MaxChecks && !_gone.IsCancellationRequested)
            {
                _checks++;
                var read = await CommandResult.CaptureAsync(() => Groups.GetAccessAdvisorAsync(jobId, _gone.Token));
                if (!read.Succeeded)
                {
                    _error = read.Error;
                    return;
                }
                _report = read.Value;
                if (_report!.IsDone)
                {
                    if (_report.Status == Application.Iam.AccessAdvisorJobStatus.Failed) _error = _report.Error ?? "IAM could not complete the report.";
                    return;
                }
                StateHasChanged();
                await Task.Delay(PollEvery, Clock, _gone.Token);
            }
            if (!_gone.IsCancellationRequested) _error = "IAM did not finish the report within a minute; generate it again later.";
        }
        catch (OperationCanceledException) when (_gone.IsCancellationRequested)
        {
            // The page went away.
        }
        finally
        {
            _polling = false;
        }
    }

    public void Dispose()
    {
        _gone.Cancel();
        _gone.Dispose();
    }
}
