using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Findings.Checks;

public enum PolicyKind { AwsManaged, CustomerManaged, Inline }

/// <summary>
/// Policies in use do not allow <c>*:*</c> (the risk engine's confirmed admin-equivalent finding). One check per kind,
/// as Prowler: AWS managed and inline critical, customer managed high. CIS 1.16 / 1.15, IAM.1.
/// </summary>
public sealed class NoAdministrativePrivilegesCheck(PolicyKind kind) : ICheck
{
    public CheckDefinition Definition { get; } = new(
        kind switch { PolicyKind.AwsManaged => "iam_aws_attached_policy_no_administrative_privileges", PolicyKind.CustomerManaged => "iam_customer_attached_policy_no_administrative_privileges", _ => "iam_inline_policy_no_administrative_privileges" },
        $"{kind switch { PolicyKind.AwsManaged => "AWS managed", PolicyKind.CustomerManaged => "Customer managed", _ => "Inline" }} policies in use do not allow *:*",
        kind == PolicyKind.CustomerManaged ? RiskSeverity.High : RiskSeverity.Critical, "1.16", "1.15", "IAM.1",
        "A policy allowing every action on every resource makes whoever holds it an administrator.",
        "Replace the policy with one granting the actions the work needs.", FindingFixKind.Policy);

    public static IEnumerable<ICheck> All() => Enum.GetValues<PolicyKind>().Select(k => new NoAdministrativePrivilegesCheck(k));

    public IEnumerable<FindingResult> Evaluate(FindingsInput input) => PoliciesInUse.Of(input.Inventory, kind).Select(p =>
    {
        var admin = input.Risk.Analyze(p.Source).Findings.Any(f => f.Category == RiskCategory.AdminEquivalent && f.Confirmed);
        return p.Result(Definition.Id, !admin, admin ? "Allows every action on every resource." : "Does not allow *:*.");
    });
}

/// <summary>Customer managed and inline policies in use allow no privilege escalation path (POLICIES.md, the risk engine).</summary>
public sealed class PrivilegeEscalationCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_policy_allows_privilege_escalation", "Policies allow no privilege escalation", RiskSeverity.High, null, null, null,
        "An escalation path lets a limited identity grant itself more, up to administrator.",
        "Remove or constrain the actions of the path (e.g. iam:PassRole with a resource and condition).", FindingFixKind.Policy);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input) =>
        PoliciesInUse.Of(input.Inventory, PolicyKind.CustomerManaged).Concat(PoliciesInUse.Of(input.Inventory, PolicyKind.Inline)).Select(p =>
        {
            var paths = input.Risk.Analyze(p.Source).Findings.Where(f => f.Category == RiskCategory.PrivilegeEscalation).ToList();
            return p.Result(Definition.Id, paths.Count == 0, paths.Count == 0 ? "No escalation path." : string.Join("; ", paths.Select(f => f.Title).Distinct()));
        });
}
