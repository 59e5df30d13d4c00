using IamPortal.Application.Credentials;
using IamPortal.Application.Iam;
using IamPortal.Application.Users;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Credentials;

/// <summary>The user's access keys with age against the guardrail and last use; create (secret shown once), activate or deactivate, delete (confirmed).</summary>
public partial class UserAccessKeysTable
{
    [Parameter, EditorRequired] public required IReadOnlyList<AccessKeyView> AccessKeys { get; set; }
    [Parameter] public int MaxAgeDays { get; set; } = 90;

    [Inject] private IAccessKeyService Keys { get; set; } = default!;

    private async Task CreateAsync()
    {
        var result = await RunAsync(() => Keys.CreateAsync(UserName));
        if (result?.Value is not { } key) return;
        await SecretOnceDialog.ShowAsync(Dialogs, $"New access key for {UserName}",
            new SecretOnceDialog.SecretItem("Access key ID", key.AccessKeyId, "new-access-key-id"),
            new SecretOnceDialog.SecretItem("Secret access key", key.SecretAccessKey, "new-secret-access-key"));
        await OnChanged.InvokeAsync();
    }

    private async Task ToggleAsync(AccessKeyView key)
    {
        var status = key.Key.Status == IamAccessKeyStatus.Active ? IamAccessKeyStatus.Inactive : IamAccessKeyStatus.Active;
        if (await RunAsync(() => Keys.SetStatusAsync(UserName, key.Key.AccessKeyId, status)) is null) return;
        await DoneAsync($"Access key {key.Key.AccessKeyId} is now {status.ToString().ToLowerInvariant()}.");
    }

    private async Task DeleteAsync(AccessKeyView key)
    {
        var confirmed = await ConfirmAsync($"Delete access key {key.Key.AccessKeyId}?",
            $"Anything still signing requests with {key.Key.AccessKeyId} will stop working at once. This cannot be undone.", "Delete key");
        if (confirmed != true) return;
        if (await RunAsync(() => Keys.DeleteAsync(UserName, key.Key.AccessKeyId)) is null) return;
        await DoneAsync($"Access key {key.Key.AccessKeyId} was deleted.");
    }
}
