using IamPortal.Application.Findings;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Findings;

/// <summary>Owner, justification and an expiry of at most a year; the service's field errors show at their fields.</summary>
public partial class AcceptRiskDialog
{
    private string? _owner;
    private string? _justification;
    private DateTime? _expires;
    private readonly CommandState _command = new();

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [Parameter, EditorRequired] public required CheckDefinition Check { get; set; }
    [Parameter, EditorRequired] public required FindingResult Result { get; set; }
    [Inject] private IRiskAcceptanceService Acceptances { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private DateTime Today => Clock.GetUtcNow().UtcDateTime.Date;

    private async Task SaveAsync()
    {
        var request = new AcceptRiskRequest(Check.Id, Result.ResourceId, Result.ResourceName, _owner ?? "", _justification ?? "",
            _expires is { } d ? DateOnly.FromDateTime(d) : null);
        var result = await _command.RunAsync(() => Acceptances.AcceptAsync(request));
        if (result is { Succeeded: true, Value: { } acceptance }) Dialog.Close(DialogResult.Ok(acceptance));
    }
}
