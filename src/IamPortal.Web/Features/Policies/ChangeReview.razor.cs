using IamPortal.Application.Commands;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Policies;

/// <summary>
/// Reviews one change (attach, detach, delete an inline policy, set a default version): <see cref="Preview"/> gives its
/// impact, the operator confirms it when it adds risk, <see cref="Save"/> runs the command with the acknowledged summary.
/// </summary>
public partial class ChangeReview
{
    private readonly CommandState _command = new();
    private ChangeImpact? _impact;
    private bool _confirmed;

    [Parameter, EditorRequired] public required string Title { get; set; }
    [Parameter, EditorRequired] public required Func<Task<CommandResult<ChangeImpact>>> Preview { get; set; }
    /// <summary>Runs the command with the acknowledgement (the impact's summary when confirmed or when it adds no risk).</summary>
    [Parameter, EditorRequired] public required Func<string?, Task<CommandResult<bool>>> Save { get; set; }
    [Parameter] public string SaveText { get; set; } = "Save";
    [Parameter] public bool Destructive { get; set; }
    [Parameter] public EventCallback OnSaved { get; set; }
    [Parameter] public EventCallback OnCancel { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        if (_impact is not null) return;
        var impact = await _command.RunAsync(Preview);
        _impact = impact.Value;
    }

    private async Task SaveAsync()
    {
        var result = await _command.RunAsync(() => Save(ImpactConfirmation.AcknowledgementOf(_impact, _confirmed)));
        if (result.Succeeded) await OnSaved.InvokeAsync();
    }
}
