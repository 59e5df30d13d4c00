using IamPortal.Application.Commands;
using IamPortal.Application.Groups;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Groups;

/// <summary>One group: header with its risk and actions, then Members, Permissions and Access Advisor tabs, each loading on its own.</summary>
public partial class GroupDetailPage
{
    private List<BreadcrumbItem> _breadcrumbs = [];
    private GroupDetail? _detail;
    private string? _error;
    private bool _loading = true;
    private bool _canManage;
    private bool _canManageOwners;
    private int _tab;

    [Parameter] public string GroupName { get; set; } = "";

    [Inject] private IGroupQueryService Groups { get; set; } = default!;
    [Inject] private IOperatorContext OperatorContext { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _breadcrumbs = GroupLinks.Breadcrumbs(GroupName);
        _canManage = OperatorContext.Can(Permission.ManageGroups);
        _canManageOwners = OperatorContext.Can(Permission.ManageSettings);
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var read = await CommandResult.CaptureAsync(() => Groups.GetAsync(GroupName));
        (_detail, _error, _loading) = (read.Value, read.Error, false);
    }

    private async Task RenameAsync()
    {
        if (_detail is null) return;
        var parameters = new DialogParameters<RenameGroupDialog> { { d => d.Group, _detail.Group } };
        var dialog = await Dialogs.ShowAsync<RenameGroupDialog>("Rename or change path", parameters,
            new DialogOptions { MaxWidth = MaxWidth.Medium, FullWidth = true, CloseOnEscapeKey = true });
        if (await dialog.Result is { Canceled: false, Data: IamGroup renamed })
        {
            if (string.Equals(renamed.GroupName, GroupName, StringComparison.Ordinal)) await LoadAsync();
            else Navigation.NavigateTo(GroupLinks.Group(renamed.GroupName));
        }
    }
}
