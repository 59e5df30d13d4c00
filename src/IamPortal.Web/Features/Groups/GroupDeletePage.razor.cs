using IamPortal.Application.Commands;
using IamPortal.Application.Groups;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Groups;

/// <summary>A group's deletion: the plan read live with the policies naming the group, a typed confirmation, then the journaled job live.</summary>
public partial class GroupDeletePage
{
    private List<BreadcrumbItem> _breadcrumbs = [];
    private GroupDeletionPlan? _plan;
    private readonly CommandState _command = new();
    private LiveJobs? _live;
    private Job? _job;
    private string? _loadError;
    private bool _loading = true;
    private bool _canManage;

    [Parameter] public string GroupName { get; set; } = "";

    [Inject] private IGroupDeletionService Deletion { get; set; } = default!;
    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        _breadcrumbs = GroupLinks.Breadcrumbs(GroupName);
        _canManage = OperatorContext.Can(Permission.ManageGroups);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        (_loading, _loadError) = (true, null);
        var read = await Deletion.PlanAsync(GroupName);
        (_plan, _loadError, _loading) = (read.Value, read.Error, false);
    }

    private async Task ConfirmAndStartAsync()
    {
        if (_plan is null) return;
        var parameters = new DialogParameters<ConfirmByNameDialog>
        {
            { d => d.Name, _plan.GroupName },
            { d => d.What, "group" },
            { d => d.Consequence, $"This runs {_plan.Steps.Count} steps and deletes the group {_plan.GroupName}: its {_plan.Members.Count} members lose what it grants. A deleted group cannot be restored." },
            { d => d.ConfirmText, $"Delete {_plan.GroupName}" },
        };
        var dialog = await Dialogs.ShowAsync<ConfirmByNameDialog>($"Delete {_plan.GroupName}?", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true, CloseOnEscapeKey = true });
        if (await dialog.Result is not { Canceled: false }) return;
        await RunAsync(() => Deletion.StartAsync(_plan.GroupName, observer: _live?.Own()));
    }

    private Task ResumeAsync() => _job is null ? Task.CompletedTask : RunAsync(() => Deletion.ResumeAsync(_job.Id));

    private async Task RunAsync(Func<Task<CommandResult<JobRun>>> command)
    {
        var result = await _command.RunAsync(command);
        _job = result.Value?.Job ?? _job;
    }
}
