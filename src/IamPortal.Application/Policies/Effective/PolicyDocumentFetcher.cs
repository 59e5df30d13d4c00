using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Policies.Effective;

/// <summary>
/// Documents of managed policies the snapshot does not hold (an AWS managed policy nobody had attached yet, a policy created
/// after the build): two IAM calls each, the policy for its default version and that version's document.
/// </summary>
public sealed class PolicyDocumentFetcher(IIamPoliciesApi iamPolicies, IOperatorContext operatorContext)
{
    public async Task<IReadOnlyDictionary<string, string>> MissingAsync(InventorySnapshot snapshot, IEnumerable<string> policyArns, CancellationToken ct)
    {
        var documents = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var arn in policyArns.Distinct(StringComparer.Ordinal).Where(a => snapshot.PolicyDocument(a) is null))
        {
            operatorContext.EnsureCanRead("read a managed policy");
            var policy = await iamPolicies.GetPolicyAsync(arn, ct);
            var version = await iamPolicies.GetPolicyVersionAsync(arn, policy.DefaultVersionId, ct);
            if (version.Document is { } doc) documents[arn] = doc;
        }
        return documents;
    }
}
