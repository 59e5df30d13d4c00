using System.Text.RegularExpressions;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Risk;

namespace IamPortal.Application.Findings.Checks;

/// <summary>
/// Customer managed policies allow no <c>service:*</c> (Security Hub IAM.21, AWS Config's iam-policy-no-statements-with-full-access):
/// an Allow statement whose Action is a whole service fails; a prefix such as <c>ec2:Describe*</c> passes, and <c>*</c> alone is
/// IAM.1's. Every customer managed policy is judged, attached or not, except one used only as a permissions boundary (Security
/// Hub's excludePermissionBoundaryPolicy). AWS managed and inline policies are outside the control.
/// </summary>
public sealed partial class ServiceWildcardCheck : ICheck
{
    public CheckDefinition Definition { get; } = new("iam_customer_policy_no_service_wildcard", "Customer managed policies allow no service:* actions",
        RiskSeverity.Low, null, null, "IAM.21",
        "A service wildcard grants every present and future action of the service, including the ones that change permissions.",
        "List the actions the work needs, or a prefix such as ec2:Describe*, instead of service:*.", FindingFixKind.Policy);

    public IEnumerable<FindingResult> Evaluate(FindingsInput input)
    {
        foreach (var p in input.Inventory.Policies.Where(p => !p.Policy.IsAwsManaged && !(p.Policy.AttachmentCount == 0 && p.Policy.PermissionsBoundaryUsageCount > 0)))
        {
            var document = input.Inventory.PolicyDocument(p.Policy.Arn);
            var statements = document is null ? null : PolicyDocumentReader.Read(document);
            var wildcards = statements?.Where(s => s.IsAllow && !s.IsNotAction).SelectMany(s => s.Actions)
                .Where(a => WholeService().IsMatch(a)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
            var (status, detail) = wildcards switch
            {
                null => (FindingStatus.Manual, "The default version's document could not be read; review it in the policy's page."),
                [] => (FindingStatus.Pass, "No Allow statement grants a whole service."),
                _ => (FindingStatus.Fail, $"Allows {string.Join(", ", wildcards)}."),
            };
            yield return new FindingResult(Definition.Id, FindingResourceType.Policy, p.Policy.PolicyId, p.Policy.PolicyName, p.Policy.Arn, status, detail);
        }
    }

    [GeneratedRegex(@"^[A-Za-z0-9-]+:\*$")]
    private static partial Regex WholeService();
}
