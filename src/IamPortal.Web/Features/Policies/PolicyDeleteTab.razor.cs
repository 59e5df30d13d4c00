using IamPortal.Application.Policies.Deletion;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;
using IamPortal.Application.Jobs;

namespace IamPortal.Web.Features.Policies;

/// <summary>Delete a customer managed policy: its plan (read live), a confirmation, then the journaled job's live steps.</summary>
public partial class PolicyDeleteTab
{
    private readonly CommandState _command = new();
    private PolicyDeletionPlan? _plan;
    private Job? _job;
    private bool _confirmed;
    private LiveJobs? _live;

    [Parameter, EditorRequired] public required string PolicyArn { get; set; }
    [Parameter, EditorRequired] public required string PolicyName { get; set; }

    [Inject] private IPolicyDeletionService Deletion { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // An unfinished deletion of this policy is shown (to resume) instead of a new plan.
        var latest = await _command.RunAsync(() => Deletion.LatestJobAsync(PolicyArn));
        if (latest.Value is { CanResume: true } job) _job = job;
    }

    private async Task PlanAsync() => _plan = (await _command.RunAsync(() => Deletion.PlanAsync(PolicyArn))).Value;

    private async Task StartAsync()
    {
        var run = await _command.RunAsync(() => Deletion.StartAsync(PolicyArn, observer: _live?.Own()));
        if (run.Value is { } r) _job = r.Job;
    }

    private async Task ResumeAsync()
    {
        if (_job is null) return;
        var run = await _command.RunAsync(() => Deletion.ResumeAsync(_job.Id));
        if (run.Value is { } r) _job = r.Job;
    }
}
