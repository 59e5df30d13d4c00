using IamPortal.Application.Policies;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Inline;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Policies;

/// <summary>
/// One inline policy of a user or group, created or edited: the document validated against the principal's aggregate
/// inline limit (the other inline policies' size counted), its risk impact reviewed, then saved.
/// </summary>
public partial class InlinePolicyEditor
{
    private static readonly string[] ShownAtFields = [PolicyFields.InlineName, PolicyFields.Document];

    private readonly CommandState _command = new();
    private string _name = "";
    private string _document = "";
    private int _otherSize;
    private PolicyValidation? _validation;
    private ChangeImpact? _impact;
    private bool _impactConfirmed;
    private bool _securityConfirmed;

    [Parameter, EditorRequired] public required PrincipalRef Target { get; set; }
    /// <summary>The policy edited, or null for a new one.</summary>
    [Parameter] public string? ExistingName { get; set; }
    [Parameter, EditorRequired] public required string Document { get; set; }
    [Parameter] public EventCallback OnSaved { get; set; }
    [Parameter] public EventCallback OnCancel { get; set; }

    [Inject] private IInlinePolicyService Inline { get; set; } = default!;

    private PolicyDocumentKind Kind => Target.Kind == PrincipalKind.User ? PolicyDocumentKind.UserInline : PolicyDocumentKind.GroupInline;
    private string PolicyName => ExistingName ?? _name.Trim();
    private bool CanReview => !_command.Busy && _validation is { HasErrors: false } v && (!v.HasSecurityWarnings || _securityConfirmed) && PolicyName.Length > 0;
    private bool CanSave => CanReview && _impact is not null && (!_impact.AddsRisk || _impactConfirmed);
    private IEnumerable<string> OtherErrors => _command.Errors.Where(e => !ShownAtFields.Contains(e.Key)).Select(e => e.Value);

    protected override async Task OnInitializedAsync()
    {
        _document = Document;
        _otherSize = (await _command.RunAsync(() => Inline.OtherInlineSizeAsync(Target, ExistingName))).Value;
    }

    private void DocumentChanged(string? document)
    {
        _document = document ?? "";
        (_impact, _impactConfirmed) = (null, false);
    }

    private async Task ReviewAsync()
    {
        _impactConfirmed = false;
        _impact = (await _command.RunAsync(() => Inline.PreviewAsync(Target, PolicyName, _document))).Value;
    }

    private async Task SaveAsync()
    {
        var result = await _command.RunAsync(() => Inline.PutAsync(new InlinePolicyRequest(Target, PolicyName, _document, _securityConfirmed,
            ImpactConfirmation.AcknowledgementOf(_impact, _impactConfirmed))));
        if (result.Succeeded) await OnSaved.InvokeAsync();
    }
}
