using IamPortal.Application.Commands;
using IamPortal.Application.Reviews;
using IamPortal.Web.Components.Jobs;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Reviews;

/// <summary>
/// Creates a campaign through <see cref="IReviewCampaignService"/>: the form's own parse errors and the service's
/// field errors (CampaignFields) show at their fields; after the first try they follow each change (Validate).
/// </summary>
public partial class CampaignForm
{
    private MudForm? _form;
    private readonly CampaignDraft _draft = new();
    private readonly CommandState _command = new();
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private IReadOnlyList<GroupOwnership> _groups = [];
    private string? _groupsError;
    private ReviewerIdentity? _fallback;
    private bool _tried;

    [Inject] private IReviewCampaignService Campaigns { get; set; } = default!;
    [Inject] private IGroupOwnershipService Ownership { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var groups = await CommandResult.CaptureAsync(() => Ownership.ListAsync());
        (_groups, _groupsError) = (groups.Value ?? [], groups.Error);
        _fallback = (await CommandResult.CaptureAsync(() => Ownership.GetFallbackReviewerAsync())).Value;
    }

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? At(string field) => _errors.GetValueOrDefault(field);

    private void Set(Action change)
    {
        change();
        Revalidate();
    }

    private void Revalidate()
    {
        if (_tried) _errors = Check().Errors;
    }

    /// <summary>The form's parse errors with the service's validation of the request.</summary>
    private (CampaignRequest Request, IReadOnlyDictionary<string, string> Errors) Check()
    {
        var (request, errors) = _draft.ToRequest();
        var validated = Campaigns.Validate(request);
        foreach (var (field, message) in validated.Errors) errors.TryAdd(field, message);
        return (request, errors);
    }

    private async Task CreateAsync()
    {
        _tried = true;
        var (request, errors) = Check();
        _errors = errors;
        if (errors.Count > 0) return;
        var result = await _command.RunAsync(() => Campaigns.CreateAsync(request));
        if (result.Errors.Count > 0) _errors = result.Errors;
        if (result is { Succeeded: true, Value: { } created })
        {
            Snackbar.Add(created.Campaign.State == CampaignState.Active ? $"{created.Campaign.Name} started." : $"{created.Campaign.Name} is scheduled.", Severity.Success);
            Navigation.NavigateTo(ReviewLinks.Summary(created.Campaign.Id));
        }
    }
}
