using IamPortal.Application.Commands;
using IamPortal.Application.Groups;
using IamPortal.Application.Jobs;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Groups;

/// <summary>
/// "Move to a group" (CIS 1.15) for one user or several with the same direct set: the direct policies read live, the
/// groups that grant exactly those or a new one, how inline policies are copied, a confirmation, then each user's job live.
/// </summary>
public partial class MoveToGroupForm
{
    private const string NewGroup = "\n new";

    private MoveToGroupOptions? _options;
    private string? _loadError;
    private bool _loading = true;
    private string? _choice;
    private string? _newName;
    private string? _newPath = "/";
    private InlineCopyMode _mode = InlineCopyMode.GroupInline;
    private readonly CommandState _command = new();
    private List<Job> _runs = [];
    private LiveJobs? _live;

    [Parameter, EditorRequired] public required IReadOnlyList<string> UserNames { get; set; }

    [Inject] private IMoveToGroupService Move { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _loading = true;
        var read = await Move.GetOptionsAsync(UserNames);
        var refused = string.Join(" ", read.Errors.Values);
        (_options, _loadError, _loading) = (read.Value, read.Error ?? (refused.Length > 0 ? refused : null), false);
        _choice = _options?.MatchingGroups.FirstOrDefault() ?? NewGroup;
    }

    private async Task StartAsync()
    {
        if (_options is null || _choice is null) return;
        var into = _choice == NewGroup ? $"a new group {_newName}" : _choice;
        var confirmed = await Dialogs.ShowMessageBoxAsync("Move to a group?",
            $"{string.Join(", ", _options.UserNames)} will get {_options.Direct.Describe()} through {into}; the direct policies are then detached and deleted.",
            yesText: "Move", cancelText: "Cancel");
        if (confirmed != true) return;
        var request = _choice == NewGroup
            ? new MoveToGroupRequest(_options.UserNames, null, _newName, _newPath, _mode)
            : new MoveToGroupRequest(_options.UserNames, _choice);
        var result = await _command.RunAsync(() => Move.StartAsync(request, observer: _live?.Own()));
        if (result.Value is { Count: > 0 } runs) _runs = runs.Select(r => r.Job).ToList();
    }

    private void OnJobChanged(Job job)
    {
        var at = _runs.FindIndex(r => r.Id == job.Id);
        if (at >= 0) _runs[at] = job;
        else _runs.Add(job);
    }

    private async Task ResumeAsync(Job job)
    {
        var result = await _command.RunAsync(() => Move.ResumeAsync(job.Id));
        if (result.Value is { } run) OnJobChanged(run.Job);
    }
}
