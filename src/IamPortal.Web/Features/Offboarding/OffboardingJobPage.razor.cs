using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Operators;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using IamPortal.Application.Iam;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>One lifecycle job from the journal with live status and Resume (also for a job interrupted by a restart).</summary>
public partial class OffboardingJobPage : IDisposable
{
    private List<BreadcrumbItem> _breadcrumbs = [];
    private Job? _job;
    private string? _alert;
    private string? _note;
    private bool _loading = true;
    private bool _busy;
    private bool _canManage;

    [Parameter] public Guid JobId { get; set; }

    [Inject] private IOffboardingService Offboarding { get; set; } = default!;
    [Inject] private IQuarantineService Quarantine { get; set; } = default!;
    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;
    [Inject] private JobProgress Progress { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ILogger<OffboardingJobPage> Logger { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _breadcrumbs =
        [
            new BreadcrumbItem("Offboarding jobs", href: "/offboarding", icon: Icons.Material.Filled.History),
        ];
        _canManage = OperatorContext.Can(Permission.ManageUsers);
        Progress.Changed += OnJobChanged;
        try
        {
            _job = await Offboarding.GetJobAsync(JobId);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogWarning(ex, "Loading job {JobId} failed", JobId);
            _alert = IamErrorMessages.Describe(ex);
        }
        finally
        {
            _loading = false;
        }
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

    private async Task RunAsync(Func<Task<LifecycleJobResult>> action)
    {
        (_busy, _alert) = (true, null);
        try
        {
            var result = await action();
            _job = result.Job ?? _job;
            (_alert, _note) = (result.Error, result.Note);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogWarning(ex, "Resuming job {JobId} failed", JobId);
            _alert = IamErrorMessages.Describe(ex);
        }
        finally
        {
            _busy = false;
        }
    }

    private void OnJobChanged(Job job)
    {
        if (job.Id != JobId) return;
        _job = job;
        _ = InvokeAsync(StateHasChanged);
    }

    public void Dispose()
    {
        Progress.Changed -= OnJobChanged;
        GC.SuppressFinalize(this);
    }
}
