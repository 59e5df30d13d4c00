using IamPortal.Application.Commands;
using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Users;

/// <summary>
/// The user's effective risk from the inventory. Reloads whenever the page hands it a new <see cref="Version"/> (the page's
/// detail after each change), since a change to the user patches the inventory it reads.
/// </summary>
public partial class UserRiskCard
{
    private CommandResult<RiskReport>? _report;
    private DateTimeOffset? _builtAt;
    private object? _loadedFor;

    [Inject] private IIdentityRiskService Risk { get; set; } = default!;
    [Inject] private IInventoryService Inventory { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    [Parameter, EditorRequired] public required string UserName { get; set; }
    /// <summary>Any object that changes when the user changed (the page passes its detail view); a new one reloads the card.</summary>
    [Parameter] public object? Version { get; set; }

    protected override async Task OnParametersSetAsync()
    {
        var key = (UserName, Version);
        if (Equals(_loadedFor, key)) return;
        _loadedFor = key;
        _report = null;
        _report = await CommandResult.CaptureAsync(async () =>
        {
            _builtAt = (await Inventory.GetAsync()).BuiltAt;
            return await Risk.ForUserAsync(UserName);
        });
    }
}
