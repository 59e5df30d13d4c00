using IamPortal.Application.Commands;
using IamPortal.Application.Groups;
using IamPortal.Application.Inventory;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Groups;

/// <summary>
/// A picker over the inventory's users who are not members (search, multi-select), the risk the group adds for them,
/// then AddMembers; refusals (the groups-per-user limit, IAM errors) are shown per user before closing.
/// </summary>
public partial class AddMembersDialog
{
    private IReadOnlyList<UserInventoryRow> _users = [];
    private HashSet<UserInventoryRow> _selected = [];
    private string? _search;
    private string? _loadError;
    private MembershipResult? _result;
    private readonly CommandState _command = new();

    [CascadingParameter] private IMudDialogInstance Dialog { get; set; } = default!;
    [Parameter, EditorRequired] public required GroupDetail Group { get; set; }
    [Inject] private IInventoryService Inventory { get; set; } = default!;
    [Inject] private IGroupCommands Commands { get; set; } = default!;

    private const int MaxShown = 50;

    private IEnumerable<UserInventoryRow> Shown => Candidates.Take(MaxShown);

    private void Toggle(UserInventoryRow user, bool on)
    {
        if (on) _selected.Add(user);
        else _selected.Remove(user);
    }

    private IReadOnlyList<string> SelectedNames => _selected.Select(u => u.UserName).OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();

    private IEnumerable<UserInventoryRow> Candidates => string.IsNullOrWhiteSpace(_search) ? _users
        : _users.Where(u => u.UserName.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase) || u.Path.Contains(_search.Trim(), StringComparison.OrdinalIgnoreCase));

    protected override async Task OnInitializedAsync()
    {
        var read = await CommandResult.CaptureAsync(() => Inventory.GetAsync());
        _loadError = read.Error;
        var members = Group.Members.Select(m => m.UserName).ToHashSet(StringComparer.OrdinalIgnoreCase);
        _users = read.Value?.Users.Where(u => !members.Contains(u.UserName)).ToList() ?? [];
    }

    private async Task AddAsync()
    {
        var result = await _command.RunAsync(() => Commands.AddMembersAsync(Group.Group.GroupName, SelectedNames));
        if (result.Value is not { } added) return;
        if (!added.Problems.Any()) Dialog.Close(DialogResult.Ok(added));
        else _result = added;
    }

    private void Done() => Dialog.Close(DialogResult.Ok(_result));

    private void Cancel() => Dialog.Cancel();
}
