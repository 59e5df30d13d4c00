using IamPortal.Application.Iam;
using IamPortal.Application.Policies;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Managed;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Policies;

/// <summary>
/// Create a customer managed policy or edit one (a new default version): validated as typed (Save refused on errors,
/// security warnings confirmed), the risk difference shown and confirmed before saving, and at IAM's 5-version limit
/// the operator chooses which version to delete. The service enforces each of these too.
/// </summary>
public partial class PolicyEditorPage
{
    private readonly CommandState _command = new();
    private readonly PolicyDraft _draft = new();
    private PolicyValidation _validation = new([], 0, 6144);
    private Review? _review;
    private IReadOnlyList<IamPolicyVersion> _deletable = [];
    private List<BreadcrumbItem> _breadcrumbs = [];
    private string? _loadError;
    private bool _loading;

    /// <summary>What the operator saw before saving: the impact of an edit, or the risk of a new policy.</summary>
    private sealed record Review(string Document, ChangeImpact? Impact, RiskReport? Risk);

    [Parameter] public string? ArnSegment { get; set; }

    [Inject] private IPolicyDetailService Details { get; set; } = default!;
    [Inject] private IManagedPolicyService Managed { get; set; } = default!;
    [Inject] private IPolicyValidator Validator { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;

    private bool IsNew => string.IsNullOrEmpty(ArnSegment);
    private string? Arn => IsNew ? null : PolicyRoutes.ArnFrom(ArnSegment!);
    private string Title => IsNew ? "Create policy" : $"Edit {Arn!.Split('/')[^1]}";
    private string CancelHref => IsNew ? PolicyRoutes.List : PolicyRoutes.Detail(Arn!);
    private bool CanReview => !_validation.HasErrors && !_command.Busy && (!_validation.HasSecurityWarnings || _draft.ConfirmSecurityWarnings);
    private bool CanSave => CanReview && _review is not null && _review.Document == _draft.Document
                            && (_review.Impact is not { AddsRisk: true } || _draft.ImpactConfirmed);

    protected override async Task OnParametersSetAsync()
    {
        _breadcrumbs = [new BreadcrumbItem("Policies", href: PolicyRoutes.List, icon: Icons.Material.Filled.Policy)];
        if (!IsNew)
        {
            _breadcrumbs.Add(new BreadcrumbItem(Arn!.Split('/')[^1], href: PolicyRoutes.Detail(Arn!)));
            _loading = true;
            var detail = await Details.GetAsync(Arn!);
            _loading = false;
            if (detail.Value is not { } d)
            {
                _loadError = detail.Error;
                return;
            }
            _draft.Document = d.DefaultDocument;
        }
        _breadcrumbs.Add(new BreadcrumbItem(IsNew ? "Create" : "Edit", href: null));
        Validate();
    }

    private Task DocumentChangedAsync(string? document)
    {
        _draft.Document = document ?? "";
        (_draft.ImpactConfirmed, _review) = (false, null);
        Validate();
        return Task.CompletedTask;
    }

    private void Validate() => _validation = Validator.Validate(_draft.Document, PolicyDocumentKind.Managed);

    private async Task ReviewAsync()
    {
        _draft.ImpactConfirmed = false;
        var document = _draft.Document;
        if (IsNew)
        {
            var risk = await _command.RunAsync(() => Task.FromResult(Managed.AnalyzeNew(_draft.Name, document)));
            _review = risk.Value is { } r ? new Review(document, null, r) : null;
            return;
        }
        var impact = await _command.RunAsync(() => Managed.PreviewDocumentAsync(Arn!, document));
        _review = impact.Value is { } i ? new Review(document, i, null) : null;
    }

    private Task SaveAsync() => SaveAsync(null);

    private async Task DeleteAndSaveAsync(string versionId)
    {
        _deletable = [];
        await SaveAsync(versionId);
    }

    private async Task SaveAsync(string? deleteVersionId)
    {
        var acknowledged = ImpactConfirmation.AcknowledgementOf(_review?.Impact, _draft.ImpactConfirmed);
        if (IsNew)
        {
            var created = await _command.RunAsync(() => Managed.CreateAsync(new CreatePolicyRequest(_draft.Name, _draft.Document, _draft.Path,
                _draft.Description, _draft.ConfirmSecurityWarnings, acknowledged)));
            if (created.Value is { } policy) Navigation.NavigateTo(PolicyRoutes.Detail(policy.Arn));
            return;
        }
        var result = await _command.RunAsync(() => Managed.UpdateAsync(new UpdatePolicyRequest(Arn!, _draft.Document, deleteVersionId,
            _draft.ConfirmSecurityWarnings, acknowledged)));
        if (result.Value is { VersionChoiceNeeded: true } outcome) _deletable = outcome.DeletableVersions;
        else if (result.Succeeded) Navigation.NavigateTo(PolicyRoutes.Detail(Arn!));
    }
}
