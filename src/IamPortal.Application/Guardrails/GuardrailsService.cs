using System.Text.RegularExpressions;
using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Guardrails;

public sealed class GuardrailsService(IGuardrailsStore store, IOperatorContext operatorContext, IAuditedOperations audited) : IGuardrailsService
{
    public Task<Guardrails> GetAsync(CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read the guardrails");
        return store.GetAsync(ct);
    }

    public async Task<IReadOnlyDictionary<string, string>> SaveAsync(Guardrails g, CancellationToken ct = default)
    {
        const string action = AuditActions.UpdateGuardrails;
        await audited.DemandAsync(Permission.ManageSettings, action, "guardrails", ct);
        var errors = Validate(g);
        var parameters = new Dictionary<string, object?>
        {
            ["RequiredTags"] = string.Join(",", g.RequiredTags), ["UserNamePattern"] = g.UserNamePattern,
            ["AllowDirectPolicyAttachment"] = g.AllowDirectPolicyAttachment, ["AccessKeyMaxAgeDays"] = g.AccessKeyMaxAgeDays,
            ["InactivityThresholdDays"] = g.InactivityThresholdDays, ["RequireMfaForConsoleUsers"] = g.RequireMfaForConsoleUsers,
            ["DefaultPath"] = g.DefaultPath,
        };
        if (errors.Count > 0)
        {
            await audited.RecordInvalidAsync(action, "guardrails", parameters, string.Join(" ", errors.Values), ct);
            return errors;
        }
        await audited.RunAsync(Permission.ManageSettings, action, "guardrails", parameters, c => store.SaveAsync(g, c), ct);
        return errors;
    }

    public static Dictionary<string, string> Validate(Guardrails g)
    {
        var errors = new Dictionary<string, string>();
        if (!string.IsNullOrEmpty(g.UserNamePattern))
        {
            try { _ = new Regex(g.UserNamePattern, RegexOptions.None, TimeSpan.FromMilliseconds(100)); }
            catch (ArgumentException e) { errors[nameof(g.UserNamePattern)] = "Not a valid regular expression: " + e.Message; }
        }
        if (g.AccessKeyMaxAgeDays is < 1 or > 3650) errors[nameof(g.AccessKeyMaxAgeDays)] = "Between 1 and 3650 days.";
        if (g.InactivityThresholdDays is < 1 or > 3650) errors[nameof(g.InactivityThresholdDays)] = "Between 1 and 3650 days.";
        if (IamRules.ValidatePath(g.DefaultPath) is { } pathError) errors[nameof(g.DefaultPath)] = pathError;
        foreach (var tag in g.RequiredTags)
            if (IamRules.ValidateTagKey(tag) is { } tagError) { errors[nameof(g.RequiredTags)] = $"'{tag}': {tagError}"; break; }
        return errors;
    }
}
