using IamPortal.Application.Commands;
using IamPortal.Web.Components.Jobs;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Operators;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using IamPortal.Application.Iam;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>One lifecycle job from the journal with live status and Resume (also for a job interrupted by a restart).</summary>
public partial class OffboardingJobPage
{
    private List<BreadcrumbItem> _breadcrumbs = [];
    private Job? _job;
    private readonly CommandState _command = new();
    private string? _note;
    private bool _loading = true;
    private bool _canManage;

    [Parameter] public Guid JobId { get; set; }

    [Inject] private IOffboardingService Offboarding { get; set; } = default!;
    [Inject] private IQuarantineService Quarantine { get; set; } = default!;
    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _breadcrumbs =
        [
            new BreadcrumbItem("Offboarding jobs", href: "offboarding", icon: Icons.Material.Filled.History),
        ];
        _canManage = OperatorContext.Can(Permission.ManageUsers);
        _job = (await _command.RunAsync(() => Offboarding.GetJobAsync(JobId))).Value;
        _loading = false;
    }

    private Task ResumeAsync() => _job is null ? Task.CompletedTask : RunAsync(_job.Kind == LifecycleJobKinds.Offboarding
        ? () => Offboarding.ResumeAsync(_job.Id)
        : () => Quarantine.ResumeAsync(_job.Id));

    private async Task ConfirmAbandonAsync()
    {
        if (_job is null) return;
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Abandon “{_job.Title}”?",
            $"What the job did stays done in IAM ({_job.CompletedSteps} of {_job.Steps.Count} steps); nothing is undone and nothing more is done. " +
            $"{_job.Target} is then free for a new offboarding or quarantine.", yesText: "Abandon", cancelText: "Cancel");
        if (confirmed == true) await RunAsync(() => Offboarding.AbandonAsync(_job.Id));
    }

    private async Task RunAsync(Func<Task<CommandResult<JobRun>>> command)
    {
        var result = await _command.RunAsync(command);
        (_job, _note) = (result.Value?.Job ?? _job, result.Value?.Note);
        // A job that stopped shows where and why in its view; the alert is for a refusal.
        if (result.Value is not null && result.Status == CommandStatus.Failed && result.Value.Job.Status == JobStatus.Failed) _command.Error = null;
    }
}
