using IamPortal.Application.Commands;
using IamPortal.Web.Components.Jobs;
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
public partial class OffboardPage
{
    private List<BreadcrumbItem> _breadcrumbs = [];
    private OffboardingPlan? _plan;
    private IReadOnlyList<OffboardingPlanStep> _quarantineSteps = [];
    private IReadOnlyList<Job> _unfinished = [];
    private readonly CommandState _command = new();
    private LiveJobs? _live;
    private Job? _job;
    private string? _loadError;
    private bool _loadRetryable;
    private bool _loading = true;
    private bool _notFound;
    private bool _canManage;
    private bool _quarantineFirst = true;

    [Parameter] public string UserName { get; set; } = "";

    [Inject] private IOffboardingPlanner Planner { get; set; } = default!;
    [Inject] private IOffboardingService Offboarding { get; set; } = default!;
    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    /// <summary>With a quarantine first, the deletion stage does not delete the console password again.</summary>
    private IReadOnlyList<OffboardingPlanStep> DeletionSteps => _plan is null ? []
        : _quarantineFirst && !_plan.IsQuarantined ? _plan.Steps.Where(s => s.Kind != OffboardingStepKinds.DeleteLoginProfile).ToList()
        : _plan.Steps;

    /// <summary>What the plans could not read (the quarantine's warnings only when it runs first).</summary>
    private IReadOnlyList<OffboardingPlanStep> Warnings =>
        [.. (_quarantineFirst ? _quarantineSteps : []).Where(s => s.Kind == OffboardingStepKinds.ReadWarning), .. _plan?.Warnings ?? []];

    protected override async Task OnInitializedAsync()
    {
        _breadcrumbs =
        [
            new BreadcrumbItem("Users", href: "users", icon: Icons.Material.Filled.People),
            new BreadcrumbItem(UserName, href: $"users/{Uri.EscapeDataString(UserName)}"),
        ];
        _canManage = OperatorContext.Can(Permission.ManageUsers);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        (_loading, _loadError, _notFound) = (true, null, false);
        var read = await CommandResult.CaptureAsync(async () =>
        {
            var plan = await Planner.PlanAsync(UserName);
            IReadOnlyList<OffboardingPlanStep> quarantine = plan.IsQuarantined ? [] : await Planner.PlanQuarantineAsync(plan.UserName, OperatorContext.Current.Name, "Offboarding");
            // Running ones too: a second job beside a running one would undo its work.
            var unfinished = (await Offboarding.ListJobsAsync(plan.UserName)).Where(j => j.CanResume).ToList();
            return (plan, quarantine, unfinished);
        });
        if (read.Succeeded)
            (_plan, _quarantineSteps, _unfinished, _quarantineFirst) = (read.Value.plan, read.Value.quarantine, read.Value.unfinished, !read.Value.plan.IsQuarantined);
        else if (read.ErrorCode == IamErrorCodes.NoSuchEntity) _notFound = true;
        else (_loadError, _loadRetryable) = (read.Error, read.Retryable);
        _loading = false;
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
        await RunAsync(() => Offboarding.StartAsync(_plan.UserName, quarantineFirst, observer: _live?.Own()));
    }

    private Task ResumeAsync() => _job is null ? Task.CompletedTask : RunAsync(() => Offboarding.ResumeAsync(_job.Id));

    private async Task RunAsync(Func<Task<CommandResult<JobRun>>> command)
    {
        var result = await _command.RunAsync(command);
        _job = result.Value?.Job ?? _job;
        // A job that stopped shows where and why in its view; the alert is for what started nothing.
        if (result.Value is not null && result.Conflict is null) _command.Error = null;
    }
}
