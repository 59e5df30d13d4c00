using IamPortal.Application.AccessAdvisor;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.AccessAdvisor;

/// <summary>
/// Access Advisor hints for a user or a group, a section that fails on its own. Without <see cref="JobId"/> it offers
/// "Generate hints" (GenerateServiceLastAccessedDetails) and polls every second, at most a minute; with one (the group's
/// Access Advisor tab has already run the job) it reads that job. The threshold picker re-evaluates without asking IAM again.
/// </summary>
public partial class AccessAdvisorHintsPanel : IDisposable
{
    private readonly CancellationTokenSource _gone = new();
    private AccessAdvisorReport? _report;
    private IReadOnlyList<ServiceHint> _hints = [];
    private string? _error;
    private string? _readJob;
    private bool _polling;
    private int _checks;
    private int _threshold = LeastPrivilegeHints.DefaultThreshold;

    [Parameter, EditorRequired] public required AdvisorSubject Subject { get; set; }

    /// <summary>An Access Advisor job already started for the subject: read it instead of offering to generate one.</summary>
    [Parameter] public string? JobId { get; set; }

    [Inject] private IAccessAdvisorHints Advisor { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (JobId is { } job && job != _readJob)
        {
            _readJob = job;
            await PollAsync(job);
        }
    }

    private void SetThreshold(int days)
    {
        _threshold = days;
        Evaluate();
    }

    private void Evaluate() =>
        _hints = _report is { Status: AccessAdvisorJobStatus.Completed } report ? LeastPrivilegeHints.Evaluate(report, _threshold, Clock.GetUtcNow()) : [];

    private async Task GenerateAsync()
    {
        (_error, _report, _hints) = (null, null, []);
        var started = await CommandResult.CaptureAsync(() => Advisor.StartAsync(Subject, _gone.Token));
        if (started.Value is not { } job)
        {
            _error = started.Error;
            return;
        }
        await PollAsync(job);
    }

    private async Task PollAsync(string jobId)
    {
        (_polling, _error, _checks) = (true, null, 0);
        (_report, _error) = await AccessAdvisorPolling.PollAsync(c => Advisor.ReadAsync(Subject, jobId, c), r => r.IsDone,
            r => r.Status == AccessAdvisorJobStatus.Failed ? r.Error ?? AccessAdvisorPolling.JobFailed : null,
            (r, checks) => { (_report, _checks) = (r, checks); StateHasChanged(); }, Clock, _gone.Token);
        _polling = false;
        Evaluate();
    }

    private static Color ChipColor(HintKind kind) => kind switch
    {
        HintKind.Remove or HintKind.RemoveExceptPassRole => Color.Warning,
        HintKind.Used => Color.Success,
        _ => Color.Default,
    };

    public static string ChipText(HintKind kind) => kind switch
    {
        HintKind.Used => "Used",
        HintKind.Remove => "Remove?",
        HintKind.RemoveExceptPassRole => "Remove? Keep PassRole",
        HintKind.KeepPassRole => "Keep (PassRole)",
        HintKind.RecentlyGranted => "Recently granted",
        _ => "Too new to judge",
    };

    public void Dispose()
    {
        _gone.Cancel();
        _gone.Dispose();
    }
}
