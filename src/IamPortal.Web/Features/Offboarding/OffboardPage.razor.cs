using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Operators;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>
/// One user's offboarding: the plan read live (dry run), an optional quarantine first, a confirmation by typing the
/// name, then the journaled job with each step's status live, Resume on a stop, and the confirmed end state.
/// </summary>
public partial class OffboardPage : IDisposable
{
    private List<BreadcrumbItem> _breadcrumbs = [];
    private OffboardingPlan? _plan;
    private IReadOnlyList<OffboardingPlanStep> _quarantineSteps = [];
    private IReadOnlyList<Job> _unfinished = [];
    private Job? _job;
    private JobConflict? _conflict;
    private string? _loadError;
    private string? _alert;
    private bool _loading = true;
    private bool _notFound;
    private bool _busy;
    private bool _canManage;
    private bool _quarantineFirst = true;

    [Parameter] public string UserName { get; set; } = "";

    [Inject] private IOffboardingPlanner Planner { get; set; } = default!;
    [Inject] private IOffboardingService Offboarding { get; set; } = default!;
    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private JobProgress Progress { get; set; } = default!;
    [Inject] private ILogger<OffboardPage> Logger { get; set; } = default!;

    /// <summary>With a quarantine first, the deletion stage does not delete the console password again.</summary>
    private IReadOnlyList<OffboardingPlanStep> DeletionSteps => _plan is null ? []
        : _quarantineFirst && !_plan.IsQuarantined ? _plan.Steps.Where(s => s.Kind != OffboardingStepKinds.DeleteLoginProfile).ToList()
        : _plan.Steps;

    protected override async Task OnInitializedAsync()
    {
        _breadcrumbs =
        [
            new BreadcrumbItem("Users", href: "/users", icon: Icons.Material.Filled.People),
            new BreadcrumbItem(UserName, href: $"/users/{Uri.EscapeDataString(UserName)}"),
        ];
        _canManage = OperatorContext.Can(Permission.ManageUsers);
        Progress.Changed += OnJobChanged;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        (_loading, _loadError, _notFound) = (true, null, false);
        try
        {
            _plan = await Planner.PlanAsync(UserName);
            _quarantineSteps = _plan.IsQuarantined ? [] : await Planner.PlanQuarantineAsync(_plan.UserName, OperatorContext.Current.Name, "Offboarding");
            _quarantineFirst = !_plan.IsQuarantined;
            // Running ones too: a second job beside a running one would undo its work.
            _unfinished = (await Offboarding.ListJobsAsync(_plan.UserName)).Where(j => j.CanResume).ToList();
        }
        catch (NoSuchEntityException)
        {
            _notFound = true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogWarning(ex, "Planning the offboarding of {UserName} failed", UserName);
            _loadError = IamErrorMessages.Describe(ex);
        }
        finally
        {
            _loading = false;
        }
    }

    private async Task ConfirmAndStartAsync()
    {
        if (_plan is null) return;
        var quarantineFirst = _quarantineFirst && !_plan.IsQuarantined;
        var parameters = new DialogParameters<OffboardConfirmDialog>
        {
            { d => d.UserName, _plan.UserName },
            { d => d.StepCount, (quarantineFirst ? _quarantineSteps.Count : 0) + DeletionSteps.Count },
            { d => d.QuarantineFirst, quarantineFirst },
        };
        var dialog = await Dialogs.ShowAsync<OffboardConfirmDialog>($"Offboard {_plan.UserName}?", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        if (await dialog.Result is not { Canceled: false }) return;
        await RunAsync(() => Offboarding.StartAsync(_plan.UserName, quarantineFirst, observer: new JobObserver(OnOwnJobChanged)));
    }

    private Task ResumeAsync() => _job is null ? Task.CompletedTask : RunAsync(() => Offboarding.ResumeAsync(_job.Id));

    private async Task RunAsync(Func<Task<LifecycleJobResult>> action)
    {
        (_busy, _alert, _conflict) = (true, null, null);
        try
        {
            var result = await action();
            _job = result.Job ?? _job;
            (_alert, _conflict) = (result.Error, result.Conflict);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogWarning(ex, "Offboarding {UserName} failed", UserName);
            _alert = IamErrorMessages.Describe(ex);
        }
        finally
        {
            _busy = false;
        }
    }

    /// <summary>A resumed job, by its id: another tab's job on the same user is never shown here.</summary>
    private void OnJobChanged(Job job)
    {
        if (_job is null || job.Id != _job.Id) return;
        OnOwnJobChanged(job);
    }

    private void OnOwnJobChanged(Job job)
    {
        _job = job;
        _ = InvokeAsync(StateHasChanged);
    }

    public void Dispose()
    {
        Progress.Changed -= OnJobChanged;
        GC.SuppressFinalize(this);
    }
}
