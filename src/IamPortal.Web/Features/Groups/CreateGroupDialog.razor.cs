using IamPortal.Application.Groups;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace IamPortal.Web.Features.Groups;

/// <summary>Creates a group: IAM's name and path rules at the fields as you type, uniqueness and IAM's answer from the service.</summary>
public partial class CreateGroupDialog
{
    private const string NameHelp = "Letters, digits and + = , . @ _ - (up to 128; unique ignoring case)";

    private MudForm? _form;
    private string? _name;
    private string? _path = "/";
    private readonly CommandState _command = new();

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [Inject] private IGroupCommands Commands { get; set; } = default!;

    private async Task SubmitOnEnterAsync(KeyboardEventArgs e)
    {
        if (e.Key == "Enter") await CreateAsync();
    }

    private async Task CreateAsync()
    {
        if (_command.Busy) return;
        if (_form is not null)
        {
            await _form.ValidateAsync();
            if (!_form.IsValid) return;
        }
        var result = await _command.RunAsync(() => Commands.CreateAsync(_name ?? "", _path));
        if (result is { Succeeded: true, Value: { } group }) Dialog.Close(DialogResult.Ok(group));
    }

    private void Cancel() => Dialog.Cancel();
}
