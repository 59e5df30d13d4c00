using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies;

/// <summary>
/// The two gates every policy change passes in the service (not only in the UI): the document's validation (Error
/// findings refuse, SecurityWarning findings need the operator's confirmation) and the risk impact (a change that adds
/// risk needs the operator to acknowledge the very impact they were shown: its <see cref="ChangeImpact.Summary"/>).
/// </summary>
public sealed class PolicyChecks(IPolicyValidator validator, IPermissionChangePreview preview)
{
    /// <summary>The validator's refusal at the document field, or a security warning not confirmed; empty when the document may be saved.</summary>
    public Dictionary<string, string> ValidateDocument(string? document, PolicyDocumentKind kind, bool securityWarningsConfirmed, int otherInlineSize = 0)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(document))
        {
            errors[PolicyFields.Document] = "The policy document is required.";
            return errors;
        }
        var validation = validator.Validate(document, kind, otherInlineSize);
        if (validation.HasErrors)
        {
            var first = validation.Findings.First(f => f.Level == FindingLevel.Error);
            var count = validation.Findings.Count(f => f.Level == FindingLevel.Error);
            errors[PolicyFields.Document] = $"Line {first.Line}, column {first.Column}: {first.Message}" +
                                            (count > 1 ? $" ({count - 1} more error{(count > 2 ? "s" : "")})" : "");
        }
        else if (validation.HasSecurityWarnings && !securityWarningsConfirmed)
        {
            var first = validation.Findings.First(f => f.Level == FindingLevel.SecurityWarning);
            errors[PolicyFields.SecurityWarnings] = $"Security warning at line {first.Line}: {first.Message} Confirm that you mean it to save.";
        }
        return errors;
    }

    /// <summary>The change's impact, and an error at <see cref="PolicyFields.Impact"/> when it adds risk the operator has not acknowledged.</summary>
    public async Task<(ChangeImpact Impact, Dictionary<string, string> Errors)> CheckImpactAsync(IReadOnlyCollection<PermissionChange> changes,
        string? acknowledgedImpact, CancellationToken ct)
    {
        var impact = await preview.PreviewAsync(changes, ct);
        var errors = new Dictionary<string, string>();
        if (impact.AddsRisk && !string.Equals(acknowledgedImpact, impact.Summary, StringComparison.Ordinal))
            errors[PolicyFields.Impact] = $"This change adds risk: {impact.Summary} Review the impact and confirm it to save.";
        return (impact, errors);
    }

    public Task<ChangeImpact> PreviewAsync(PermissionChange change, CancellationToken ct) => preview.PreviewAsync([change], ct);
}
