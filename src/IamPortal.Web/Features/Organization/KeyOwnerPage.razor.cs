using IamPortal.Application.Commands;
using IamPortal.Application.Organization;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Organization;

/// <summary>
/// "Whose key is this?": the key id is checked at the field before anything is called; the answer names the account
/// and user; Contain (confirmed in a dialog) deactivates the key and optionally quarantines the user.
/// </summary>
public partial class KeyOwnerPage
{
    private string? _keyId;
    private string? _fieldError;
    private bool _busy;
    private CommandResult<KeyOwnerAnswer>? _answer;
    private CommandResult<KeyContainment>? _containment;

    [Inject] private IKeyOwnerService KeyOwners { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private async Task LookupAsync()
    {
        _keyId = _keyId?.Trim();
        _fieldError = KeyOwnerFields.Validate(_keyId);
        _answer = null;
        _containment = null;
        if (_fieldError is not null) return;
        _busy = true;
        _answer = await KeyOwners.LookupAsync(_keyId);
        _fieldError = _answer.Errors.GetValueOrDefault(KeyOwnerFields.AccessKeyId);
        _busy = false;
    }

    private async Task ContainAsync(bool alsoQuarantine)
    {
        if (_answer?.Value is not { Account: { } account, Owner: { } owner } answer) return;
        var text = $"Deactivate {answer.AccessKeyId} of {owner.UserName} in {account.Name} ({account.Id})"
            + (alsoQuarantine ? ", then quarantine the user (deactivate every key, remove the console password, attach a deny-all policy)?" : "?");
        if (await Dialogs.ShowMessageBoxAsync("Contain this key?", text, yesText: "Contain", cancelText: "Cancel") != true) return;
        _busy = true;
        _containment = await KeyOwners.ContainAsync(new KeyContainRequest(account.Id, owner.UserName, answer.AccessKeyId, alsoQuarantine));
        if (_containment is { Value.KeyDeactivated: true })
            _answer = CommandResult.Ok(answer with { Owner = owner with { Status = Application.Iam.IamAccessKeyStatus.Inactive } });
        _busy = false;
    }
}
