using IamPortal.Application.Commands;
using IamPortal.Application.Groups;
using IamPortal.Application.Iam;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Groups;

/// <summary>UpdateGroup: first the policies that name the group's current ARN (IAM leaves them as they are), then the new name and path.</summary>
public partial class RenameGroupDialog
{
    private MudForm? _form;
    private string? _name;
    private string? _path;
    private IReadOnlyList<PolicyReference>? _references;
    private string? _referencesError;
    private bool _loadingReferences = true;
    private readonly CommandState _command = new();

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [Parameter, EditorRequired] public required IamGroup Group { get; set; }
    [Inject] private IGroupCommands Commands { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        (_name, _path) = (Group.GroupName, Group.Path);
        var read = await CommandResult.CaptureAsync(() => Commands.FindReferencesAsync(Group.GroupName));
        (_references, _referencesError, _loadingReferences) = (read.Value, read.Error, false);
    }

    private async Task SaveAsync()
    {
        if (_form is not null)
        {
            await _form.ValidateAsync();
            if (!_form.IsValid) return;
        }
        var result = await _command.RunAsync(() => Commands.UpdateAsync(Group.GroupName, _name ?? "", _path ?? "/"));
        if (result is { Succeeded: true, Value: { } group }) Dialog.Close(DialogResult.Ok(group));
    }

    private void Cancel() => Dialog.Cancel();
}
