using IamPortal.Application.Commands;
using IamPortal.Application.Reviews;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Reviews;

/// <summary>Reads and sets the account's fallback reviewer through <see cref="IGroupOwnershipService"/> (ManageSettings, audited).</summary>
public partial class FallbackReviewerCard
{
    private ReviewerIdentity? _reviewer;
    private string? _readError;
    private bool _loaded;
    private readonly CommandState _command = new();

    [Inject] private IGroupOwnershipService Ownership { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var read = await CommandResult.CaptureAsync(() => Ownership.GetFallbackReviewerAsync());
        (_reviewer, _readError, _loaded) = (read.Value, read.Error, true);
    }

    private async Task SetAsync(ReviewerIdentity reviewer)
    {
        var result = await _command.RunAsync(() => Ownership.SetFallbackReviewerAsync(reviewer));
        if (result.Succeeded) _reviewer = result.Value;
    }

    private async Task ClearAsync()
    {
        var result = await _command.RunAsync(() => Ownership.SetFallbackReviewerAsync(null));
        if (result.Succeeded) _reviewer = null;
    }
}
