using IamPortal.Application.Groups;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Groups;

/// <summary>The members from the inventory; admins add (picker dialog) and remove (confirmed) in bulk, with a result per user.</summary>
public partial class GroupMembersTab
{
    private HashSet<GroupMember> _selected = [];
    private MembershipResult? _result;
    private readonly CommandState _command = new();

    [Parameter, EditorRequired] public required GroupDetail Detail { get; set; }
    [Parameter] public bool CanManage { get; set; }
    [Parameter] public EventCallback OnChanged { get; set; }

    [Inject] private IGroupCommands Commands { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private async Task AddAsync()
    {
        var parameters = new DialogParameters<AddMembersDialog> { { d => d.Group, Detail } };
        var dialog = await Dialogs.ShowAsync<AddMembersDialog>($"Add members to {Detail.Group.GroupName}", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        if (await dialog.Result is { Canceled: false, Data: MembershipResult result })
        {
            _result = result;
            await OnChanged.InvokeAsync();
        }
    }

    private async Task RemoveAsync()
    {
        var names = _selected.Select(m => m.UserName).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
        if (names.Count == 0) return;
        var confirmed = await Dialogs.ShowMessageBoxAsync($"Remove {names.Count} member{(names.Count == 1 ? "" : "s")}?",
            $"{string.Join(", ", names)} will lose the permissions {Detail.Group.GroupName} grants them.", yesText: "Remove", cancelText: "Cancel");
        if (confirmed != true) return;
        var result = await _command.RunAsync(() => Commands.RemoveMembersAsync(Detail.Group.GroupName, names));
        if (result.Value is { } removed)
        {
            _result = removed;
            _selected = [];
            await OnChanged.InvokeAsync();
        }
    }
}
