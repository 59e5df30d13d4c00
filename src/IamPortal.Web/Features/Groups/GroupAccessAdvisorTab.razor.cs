using IamPortal.Application.Commands;
using IamPortal.Application.Groups;
using IamPortal.Web.Features.AccessAdvisor;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Groups;

/// <summary>
/// Access Advisor for the group, a section that fails on its own: GenerateServiceLastAccessedDetails on the group's
/// ARN, then GetServiceLastAccessedDetails every second until IAM completes it (at most a minute), with progress shown.
/// </summary>
public partial class GroupAccessAdvisorTab : IDisposable
{
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
        var started = await CommandResult.CaptureAsync(() => Groups.StartAccessAdvisorAsync(GroupName, _gone.Token));
        if (started.Value is not { } jobId)
            _error = started.Error;
        else
            (_report, _error) = await AccessAdvisorPolling.PollAsync(c => Groups.GetAccessAdvisorAsync(jobId, c), r => r.IsDone,
                r => r.Status == Application.Iam.AccessAdvisorJobStatus.Failed ? r.Error ?? AccessAdvisorPolling.JobFailed : null,
                (r, checks) => { (_report, _checks) = (r, checks); StateHasChanged(); }, Clock, _gone.Token);
        _polling = false;
    }

    public void Dispose()
    {
        _gone.Cancel();
        _gone.Dispose();
    }
}
