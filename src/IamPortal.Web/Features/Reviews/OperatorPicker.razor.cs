using IamPortal.Application.Commands;
using IamPortal.Application.Reviews;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Reviews;

/// <summary>
/// Picks a reviewer identity: a known operator (the directory of sign-ins) or an email address (matched to the SSO
/// identity at that person's first sign-in). The service validates the address; its message comes back as <see cref="ErrorText"/>.
/// </summary>
public partial class OperatorPicker
{
    private KnownOperator? _chosen;
    private string? _email;

    [Inject] private IOperatorDirectory Directory { get; set; } = default!;

    [Parameter] public string Label { get; set; } = "Owner";
    [Parameter] public string ButtonText { get; set; } = "Add";
    [Parameter, EditorRequired] public required string IdPrefix { get; set; }
    [Parameter] public string? ErrorText { get; set; }
    [Parameter] public bool Busy { get; set; }
    [Parameter] public EventCallback<ReviewerIdentity> OnPicked { get; set; }

    private async Task<IEnumerable<KnownOperator>> SearchAsync(string? text, CancellationToken ct)
    {
        var read = await CommandResult.CaptureAsync(() => Directory.ListAsync(text, 20, ct));
        return read.Value ?? [];
    }

    private async Task PickAsync()
    {
        var identity = _chosen?.AsReviewer() ?? (string.IsNullOrWhiteSpace(_email) ? null : ReviewerIdentity.ByEmail(_email));
        if (identity is null) return;
        await OnPicked.InvokeAsync(identity);
        if (ErrorText is null) (_chosen, _email) = (null, null);
    }
}
