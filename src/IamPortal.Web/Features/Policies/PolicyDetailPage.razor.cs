using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Managed;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Policies;

/// <summary>One managed policy: permissions (summary, risk, document), versions and diffs, where it is attached, deletion.</summary>
public partial class PolicyDetailPage
{
    private PolicyDetail? _detail;
    private string? _error;
    private bool _notFound;
    private bool _loading = true;
    private bool _canManage;
    private int _tab;
    private List<BreadcrumbItem> _breadcrumbs = [];

    /// <summary>The policy's ARN, URL-encoded (<see cref="PolicyRoutes.Detail"/>).</summary>
    [Parameter] public string ArnSegment { get; set; } = "";

    [Inject] private IPolicyDetailService Details { get; set; } = default!;
    [Inject] private IOperatorContext Operator { get; set; } = default!;

    private string Arn => PolicyRoutes.ArnFrom(ArnSegment);

    private string VersionsTabText => _detail?.Versions.Value is { } v ? $"Versions ({v.Count})" : "Versions";

    private string AttachedTabText => _detail?.Attachments.Value is { } a ? $"Attached entities ({a.UserNames.Count + a.GroupNames.Count + a.RoleCount})" : "Attached entities";

    protected override async Task OnParametersSetAsync()
    {
        _canManage = Operator.Can(Permission.ManagePolicies);
        _breadcrumbs =
        [
            new BreadcrumbItem("Policies", href: PolicyRoutes.List, icon: Icons.Material.Filled.Policy),
            new BreadcrumbItem(Arn.Split('/')[^1], href: null),
        ];
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        _loading = _detail is null;
        var read = await Details.GetAsync(Arn);
        _notFound = read.ErrorCode == IamErrorCodes.NoSuchEntity;
        (_detail, _error, _loading) = (read.Value, read.Error, false);
    }
}
