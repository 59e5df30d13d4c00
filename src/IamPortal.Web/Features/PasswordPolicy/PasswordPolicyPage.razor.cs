using IamPortal.Application.Commands;
using IamPortal.Application.Operators;
using IamPortal.Application.PasswordPolicy;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.PasswordPolicy;

/// <summary>The account password policy: comparison with CIS / Security Hub for admins and auditors, the editor for admins.</summary>
public partial class PasswordPolicyPage
{
    private static readonly List<BreadcrumbItem> Breadcrumbs = [new("Settings", "settings"), new("Password policy", href: null)];

    private PasswordPolicyView? _view;
    private string? _loadError;

    [Inject] private IPasswordPolicyService Policies { get; set; } = default!;
    [Inject] private IOperatorContext Operator { get; set; } = default!;

    private bool CanEdit => Operator.Can(Permission.ManageSettings);

    protected override Task OnInitializedAsync() => LoadAsync();

    private async Task LoadAsync()
    {
        _loadError = null;
        var read = await CommandResult.CaptureAsync(() => Policies.GetAsync());
        (_view, _loadError) = (read.Value, read.Error);
    }
}
