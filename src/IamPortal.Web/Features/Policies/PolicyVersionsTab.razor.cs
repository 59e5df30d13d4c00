using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Managed;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Policies;

/// <summary>The versions: choose two for a side-by-side diff; set another version as default after seeing its risk impact.</summary>
public partial class PolicyVersionsTab
{
    private readonly CommandState _command = new();
    private readonly List<string> _chosen = [];
    private PolicyVersionDiff? _diff;
    private Rollback? _rollback;
    private bool _rollbackConfirmed;

    private sealed record Rollback(string VersionId, ChangeImpact Impact);

    [Parameter, EditorRequired] public required PolicyDetail Detail { get; set; }
    [Parameter] public bool CanManage { get; set; }
    [Parameter] public EventCallback OnChanged { get; set; }

    [Inject] private IPolicyDetailService Details { get; set; } = default!;
    [Inject] private IManagedPolicyService Managed { get; set; } = default!;

    private void Choose(string versionId, bool on)
    {
        _chosen.Remove(versionId);
        if (!on) return;
        _chosen.Add(versionId);
        if (_chosen.Count > 2) _chosen.RemoveAt(0);
    }

    private async Task CompareAsync()
    {
        var versions = Detail.Versions.ValueOr([]);
        var ordered = _chosen.OrderBy(id => versions.FirstOrDefault(v => v.VersionId == id)?.CreateDate).ToList();
        var diff = await _command.RunAsync(() => Details.DiffAsync(Detail.Policy.Arn, ordered[0], ordered[1]));
        _diff = diff.Value;
    }

    private async Task PreviewDefaultAsync(string versionId)
    {
        (_rollback, _rollbackConfirmed) = (null, false);
        var impact = await _command.RunAsync(() => Managed.PreviewSetDefaultAsync(Detail.Policy.Arn, versionId));
        if (impact.Value is { } i) _rollback = new Rollback(versionId, i);
    }

    private async Task SetDefaultAsync()
    {
        if (_rollback is not { } rollback) return;
        var result = await _command.RunAsync(() => Managed.SetDefaultVersionAsync(Detail.Policy.Arn, rollback.VersionId,
            ImpactConfirmation.AcknowledgementOf(rollback.Impact, _rollbackConfirmed)));
        if (!result.Succeeded) return;
        _rollback = null;
        await OnChanged.InvokeAsync();
    }
}
