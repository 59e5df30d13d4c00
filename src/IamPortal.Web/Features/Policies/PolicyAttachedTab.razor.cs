using IamPortal.Application.Commands;
using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Attachments;
using IamPortal.Application.Policies.Managed;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Policies;

/// <summary>Where the policy is attached, with attach to a user or group (quota shown) and detach, each reviewed for risk first.</summary>
public partial class PolicyAttachedTab
{
    private PrincipalKind _kind = PrincipalKind.User;
    private string? _name;
    private AttachmentQuota? _quota;
    private PendingChange? _change;

    /// <summary>An attach or detach under review.</summary>
    public sealed record PendingChange(PrincipalRef Target, PermissionChange Change, bool IsDetach)
    {
        public string Title => IsDetach ? $"Detach from {Target}?" : $"Attach to {Target}?";
        public string SaveText => IsDetach ? "Detach" : "Attach";
    }

    [Parameter, EditorRequired] public required PolicyDetail Detail { get; set; }
    [Parameter] public bool CanManage { get; set; }
    [Parameter] public EventCallback OnChanged { get; set; }

    [Inject] private IPolicyAttachmentService Attachments { get; set; } = default!;
    [Inject] private IInventoryService Inventory { get; set; } = default!;

    private async Task<IEnumerable<string>> SearchAsync(string? text, CancellationToken ct)
    {
        var snapshot = await CommandResult.CaptureAsync(() => Inventory.GetAsync(ct));
        if (snapshot.Value is not { } s) return [];
        var names = _kind == PrincipalKind.User ? s.Users.Select(u => u.UserName) : s.Groups.Select(g => g.Group.GroupName);
        return names.Where(n => string.IsNullOrEmpty(text) || n.Contains(text, StringComparison.OrdinalIgnoreCase)).Take(20).ToList();
    }

    private async Task StartAttachAsync()
    {
        if (string.IsNullOrWhiteSpace(_name)) return;
        var target = new PrincipalRef(_kind, _name.Trim());
        _quota = (await Attachments.QuotaAsync(target)).Value;
        _change = new PendingChange(target, new PermissionChange.AttachPolicy(target, Detail.Policy.Arn), false);
    }

    private void StartDetach(PrincipalRef target) =>
        _change = new PendingChange(target, new PermissionChange.DetachPolicy(target, Detail.Policy.Arn), true);

    private Task<CommandResult<bool>> SaveAsync(PendingChange change, string? acknowledged) => change.IsDetach
        ? Attachments.DetachAsync(change.Target, Detail.Policy.Arn, acknowledged)
        : Attachments.AttachAsync(change.Target, Detail.Policy.Arn, acknowledged);

    private async Task SavedAsync()
    {
        (_change, _name, _quota) = (null, null, null);
        await OnChanged.InvokeAsync();
    }
}
