using IamPortal.Application.Commands;
using IamPortal.Application.Operators;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Attachments;
using IamPortal.Application.Policies.Inline;
using IamPortal.Application.Policies.Permissions;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Policies;

/// <summary>
/// The permissions a user or group has directly, managed in place: every change (attach, detach, inline put or delete)
/// shows its risk impact before it is saved. Used on the user's page and the group's page.
/// </summary>
public partial class EntityPermissionsPanel
{
    private EntityPermissions? _permissions;
    private bool _canManage;
    private PendingChange? _change;
    private InlineEdit? _inlineEdit;

    /// <summary>A change under review: its title, preview and command.</summary>
    private sealed record PendingChange(string Title, string SaveText, bool Destructive,
        Func<Task<CommandResult<ChangeImpact>>> Preview, Func<string?, Task<CommandResult<bool>>> Save);

    /// <summary>An inline policy being created (Name null) or edited.</summary>
    private sealed record InlineEdit(string? Name, string Document);

    [Parameter, EditorRequired] public required PrincipalRef Target { get; set; }

    [Inject] private IEntityPermissionsService Permissions { get; set; } = default!;
    [Inject] private IPolicyAttachmentService Attachments { get; set; } = default!;
    [Inject] private IInlinePolicyService Inline { get; set; } = default!;
    [Inject] private IOperatorContext Operator { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        _canManage = Operator.Can(Permission.ManagePolicies);
        if (_permissions?.Target != Target) await LoadAsync();
    }

    private async Task LoadAsync()
    {
        var read = await CommandResult.CaptureAsync(() => Permissions.GetAsync(Target));
        _permissions = read.Value ?? new EntityPermissions(Target, new(null, read.Error), new(null, read.Error), new(null, read.Error), 0);
    }

    private void StartAttach(AttachChoice policy) => _change = new PendingChange($"Attach {policy.Name} to {Target}?", "Attach", false,
        () => Attachments.PreviewAsync(new PermissionChange.AttachPolicy(Target, policy.Arn)),
        ack => Attachments.AttachAsync(Target, policy.Arn, ack));

    private void StartDetach(AttachedPolicyRisk policy) => _change = new PendingChange($"Detach {policy.PolicyName} from {Target}?", "Detach", true,
        () => Attachments.PreviewAsync(new PermissionChange.DetachPolicy(Target, policy.PolicyArn)),
        ack => Attachments.DetachAsync(Target, policy.PolicyArn, ack));

    private void StartDeleteInline(InlinePolicyRisk policy) => _change = new PendingChange($"Delete inline policy {policy.PolicyName} of {Target}?", "Delete", true,
        () => Inline.PreviewAsync(Target, policy.PolicyName, null),
        ack => Inline.DeleteAsync(Target, policy.PolicyName, ack));

    private async Task SavedAsync()
    {
        (_change, _inlineEdit) = (null, null);
        await LoadAsync();
    }
}
