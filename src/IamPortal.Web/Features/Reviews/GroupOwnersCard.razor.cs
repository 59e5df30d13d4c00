using IamPortal.Application.Commands;
using IamPortal.Application.Reviews;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Reviews;

/// <summary>The Owners card of a group page, through <see cref="IGroupOwnershipService"/> (changes: ManageSettings, audited).</summary>
public partial class GroupOwnersCard
{
    private IReadOnlyList<ReviewerIdentity>? _owners;
    private string? _readError;
    private readonly CommandState _command = new();

    [Parameter, EditorRequired] public required string GroupName { get; set; }
    [Parameter] public bool CanManage { get; set; }
    [Inject] private IGroupOwnershipService Ownership { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        var read = await CommandResult.CaptureAsync(() => Ownership.GetOwnersAsync(GroupName));
        (_owners, _readError) = (read.Value, read.Error);
    }

    private async Task AddAsync(ReviewerIdentity owner)
    {
        var result = await _command.RunAsync(() => Ownership.AddOwnerAsync(GroupName, owner));
        if (result.Value is { } owners) _owners = owners;
    }

    private async Task RemoveAsync(ReviewerIdentity owner)
    {
        var result = await _command.RunAsync(() => Ownership.RemoveOwnerAsync(GroupName, owner.Subject));
        if (result.Value is { } owners) _owners = owners;
    }
}
