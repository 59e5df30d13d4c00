using IamPortal.Application.Commands;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Operators;
using Microsoft.AspNetCore.Components;
using MudBlazor;
using GuardrailsRules = IamPortal.Application.Guardrails.Guardrails;
using IamPortal.Application.Iam;

namespace IamPortal.Web.Features.Guardrails;

/// <summary>The guardrails: visible to every operator, editable by those who may manage settings; errors shown at the field.</summary>
public partial class GuardrailsPage
{
    private GuardrailsDraft? _draft;
    private IReadOnlyDictionary<string, string> _errors = new Dictionary<string, string>();
    private string? _loadError;
    private string? _saveError;
    private bool _saving;

    [Inject] private IGuardrailsService Guardrails { get; set; } = default!;
    [Inject] private IOperatorContext Operator { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private bool CanEdit => Operator.Can(Permission.ManageSettings);

    protected override async Task OnInitializedAsync()
    {
        var read = await CommandResult.CaptureAsync(() => Guardrails.GetAsync());
        (_draft, _loadError) = (read.Value is { } rules ? GuardrailsDraft.From(rules) : null, read.Error);
    }

    private bool Has(string field) => _errors.ContainsKey(field);

    private string? At(string field) => _errors.GetValueOrDefault(field);

    /// <summary>Applies an edit and checks the whole form again, so each error shows at its field while typing.</summary>
    private void Edit(Action change)
    {
        change();
        _saveError = null;
        _errors = GuardrailsService.Validate(_draft!.ToGuardrails());
    }

    private async Task SaveAsync()
    {
        _saving = true;
        var saved = await CommandResult.CaptureAsync(() => Guardrails.SaveAsync(_draft!.ToGuardrails()));
        (_saving, _saveError) = (false, saved.Error);
        if (saved.Value is not { } errors) return;
        _errors = errors;
        if (_errors.Count == 0) Snackbar.Add("Guardrails saved.", Severity.Success);
    }
}

/// <summary>The guardrails as the form edits them (required tags as one comma-separated text).</summary>
public sealed class GuardrailsDraft
{
    public string RequiredTags { get; set; } = "";
    public string UserNamePattern { get; set; } = "";
    public string UserNamePatternHint { get; set; } = "";
    public bool AllowDirectPolicyAttachment { get; set; }
    public int AccessKeyMaxAgeDays { get; set; }
    public int InactivityThresholdDays { get; set; }
    public bool RequireMfaForConsoleUsers { get; set; }
    public string DefaultPath { get; set; } = "/";

    public static GuardrailsDraft From(GuardrailsRules g) => new()
    {
        RequiredTags = string.Join(", ", g.RequiredTags), UserNamePattern = g.UserNamePattern, UserNamePatternHint = g.UserNamePatternHint,
        AllowDirectPolicyAttachment = g.AllowDirectPolicyAttachment, AccessKeyMaxAgeDays = g.AccessKeyMaxAgeDays,
        InactivityThresholdDays = g.InactivityThresholdDays, RequireMfaForConsoleUsers = g.RequireMfaForConsoleUsers, DefaultPath = g.DefaultPath,
    };

    public GuardrailsRules ToGuardrails() => new()
    {
        RequiredTags = RequiredTags.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries),
        UserNamePattern = UserNamePattern, UserNamePatternHint = UserNamePatternHint,
        AllowDirectPolicyAttachment = AllowDirectPolicyAttachment, AccessKeyMaxAgeDays = AccessKeyMaxAgeDays,
        InactivityThresholdDays = InactivityThresholdDays, RequireMfaForConsoleUsers = RequireMfaForConsoleUsers, DefaultPath = DefaultPath,
    };
}
