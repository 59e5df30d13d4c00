using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Findings.Checks;

/// <summary>
/// One line of <see cref="PasswordPolicyBaseline"/> as a check, so findings and the password policy page never disagree.
/// No custom policy fails every line (IAM's default asks for none of it).
/// </summary>
public sealed class PasswordPolicyCheck(PasswordPolicyRequirement requirement) : ICheck
{
    public CheckDefinition Definition { get; } = new(requirement.CheckId, $"Password policy: {requirement.Requirement}",
        requirement.CheckId.EndsWith("_symbol", StringComparison.Ordinal) || requirement.CheckId.EndsWith("_number", StringComparison.Ordinal)
            ? RiskSeverity.Low : RiskSeverity.Medium,
        requirement.CisV3, requirement.CisV5, requirement.SecurityHub,
        "Weak password rules make console passwords easier to guess or reuse.",
        $"Set \"{requirement.Setting}\" to {requirement.Requirement} on Settings → Password policy.", FindingFixKind.PasswordPolicy);

    public static IEnumerable<PasswordPolicyCheck> All() => PasswordPolicyBaseline.Requirements.Select(r => new PasswordPolicyCheck(r));

    public IEnumerable<FindingResult> Evaluate(FindingsInput input)
    {
        var settings = input.Settings;
        if (!settings.Available)
            return [CheckResults.PasswordPolicy(Definition.Id, input, FindingStatus.Manual, $"The password policy could not be read ({settings.Error}).")];
        if (settings.PasswordPolicy is null)
            return [CheckResults.PasswordPolicy(Definition.Id, input, FindingStatus.Fail, "The account has no password policy (IAM's default applies).")];
        var met = requirement.IsMet(settings.PasswordPolicy);
        return [CheckResults.PasswordPolicy(Definition.Id, input, met ? FindingStatus.Pass : FindingStatus.Fail,
            met ? $"{requirement.Setting}: {requirement.Requirement}." : $"{requirement.Setting} does not meet: {requirement.Requirement}.")];
    }
}
