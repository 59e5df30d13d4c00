using IamPortal.Application.Commands;
using IamPortal.Application.Policies.Analysis;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Features.Groups;

/// <summary>
/// Previews <see cref="PermissionChange.AddToGroup"/> for each selected user whenever the selection changes. The preview
/// engine is the risk feature's; a host without it says so here instead of failing the dialog.
/// </summary>
public partial class MemberRiskPreview
{
    private IPermissionChangePreview? _preview;
    private ChangeImpact? _impact;
    private string? _error;
    private bool _loading;
    private string _shown = "";

    [Parameter, EditorRequired] public required string GroupName { get; set; }
    [Parameter, EditorRequired] public required IReadOnlyList<string> UserNames { get; set; }
    [Inject] private IServiceProvider Services { get; set; } = default!;

    protected override void OnInitialized() => _preview = Services.GetService<IPermissionChangePreview>();

    protected override async Task OnParametersSetAsync()
    {
        var key = string.Join("\n", UserNames);
        if (_preview is null || key == _shown || UserNames.Count == 0) return;
        (_shown, _loading, _error) = (key, true, null);
        var changes = UserNames.Select(u => (PermissionChange)new PermissionChange.AddToGroup(u, GroupName)).ToList();
        var read = await CommandResult.CaptureAsync(() => _preview.PreviewAsync(changes));
        if (key != _shown) return;
        (_impact, _error, _loading) = (read.Value, read.Error, false);
    }
}
