using IamPortal.Application.Commands;
using IamPortal.Application.PasswordPolicy;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.PasswordPolicy;

/// <summary>
/// The policy form: IAM's ranges checked at each field while typing, "Apply CIS baseline" fills the form, the impact on
/// existing users shown before saving, Save and Delete (confirmed) through the audited service. Read-only for auditors.
/// </summary>
public partial class PasswordPolicyEditor
{
    private PasswordPolicyView? _shown;
    private PasswordPolicyDraft _draft = new();
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private IReadOnlyList<string> _impact = [];
    private string? _saveError;
    private bool _busy;
    private bool _dirty;

    [Parameter, EditorRequired] public required PasswordPolicyView View { get; set; }
    [Parameter] public bool CanEdit { get; set; }
    [Parameter] public EventCallback<PasswordPolicyView> Changed { get; set; }

    [Inject] private IPasswordPolicyService Policies { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override void OnParametersSet()
    {
        if (ReferenceEquals(_shown, View)) return;
        _shown = View;
        _draft = PasswordPolicyDraft.From(View.Policy);
        (_errors, _impact, _dirty, _saveError) = (new Dictionary<string, string>(), [], false, null);
    }

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? At(string field) => _errors.GetValueOrDefault(field);

    private void Edit(Action change)
    {
        change();
        Recheck();
    }

    private void ApplyCisBaseline()
    {
        _draft = PasswordPolicyDraft.From(PasswordPolicyRules.CisBaseline);
        Recheck();
    }

    private void Recheck()
    {
        _saveError = null;
        _dirty = true;
        var proposed = _draft.ToPolicy();
        _errors = PasswordPolicyRules.Validate(proposed);
        _impact = _errors.Count > 0 ? [] : Policies.DescribeImpact(View, proposed);
    }

    private async Task SaveAsync()
    {
        _busy = true;
        var saved = await CommandResult.CaptureAsync(() => Policies.SaveAsync(_draft.ToPolicy()));
        _busy = false;
        if (saved.Status == CommandStatus.Invalid) _errors = saved.Errors;
        _saveError = saved.Error;
        if (saved.Value is not { } view) return;
        Snackbar.Add("Password policy saved.", Severity.Success);
        await Changed.InvokeAsync(view);
    }

    private async Task DeleteAsync()
    {
        var impact = Policies.DescribeImpact(View, null);
        var confirmed = await Dialogs.ShowMessageBoxAsync("Delete the password policy?",
            string.Join(" ", impact.DefaultIfEmpty("IAM's defaults apply to every console password afterwards.")),
            yesText: "Delete policy", cancelText: "Cancel");
        if (confirmed != true) return;
        _busy = true;
        var deleted = await CommandResult.CaptureAsync(() => Policies.DeleteAsync());
        (_busy, _saveError) = (false, deleted.Error);
        if (deleted.Value is not { } view) return;
        Snackbar.Add("Password policy deleted: IAM's defaults apply.", Severity.Success);
        await Changed.InvokeAsync(view);
    }
}
