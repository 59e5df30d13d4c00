using System.Text.Json.Nodes;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Groups;

/// <summary>
/// What a user has attached directly (CIS 1.15 wants none): managed policies and inline policies with their documents.
/// Two sets are the same when they name the same managed ARNs and their inline documents are equal as JSON (names aside).
/// </summary>
public sealed record DirectPermissions(IReadOnlyList<IamAttachedPolicy> Managed, IReadOnlyList<IamInlinePolicy> Inline)
{
    public bool IsEmpty => Managed.Count == 0 && Inline.Count == 0;

    public bool SameAs(DirectPermissions other) =>
        SameArns(Managed.Select(m => m.PolicyArn), other.Managed.Select(m => m.PolicyArn)) && SameDocuments(Inline.Select(i => i.Document), other.Inline.Select(i => i.Document));

    /// <summary>A group grants exactly this set: the same managed ARNs and inline documents equal to these.</summary>
    public bool GrantedExactlyBy(IamGroupDetail group) =>
        SameArns(Managed.Select(m => m.PolicyArn), group.AttachedManagedPolicies.Select(m => m.PolicyArn))
        && SameDocuments(Inline.Select(i => i.Document), group.InlinePolicies.Select(i => i.Document));

    public string Describe() =>
        IsEmpty ? "nothing" : string.Join(", ", Managed.Select(m => m.PolicyName).Concat(Inline.Select(i => $"inline {i.PolicyName}")));

    private static bool SameArns(IEnumerable<string> a, IEnumerable<string> b) =>
        new HashSet<string>(a, StringComparer.Ordinal).SetEquals(b);

    private static bool SameDocuments(IEnumerable<string> a, IEnumerable<string> b)
    {
        var left = a.Select(Normalize).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var right = b.Select(Normalize).OrderBy(s => s, StringComparer.Ordinal).ToList();
        return left.SequenceEqual(right, StringComparer.Ordinal);
    }

    /// <summary>The document without insignificant whitespace (IAM returns documents reformatted), or as it is when it is not JSON.</summary>
    public static string Normalize(string document)
    {
        try
        {
            return JsonNode.Parse(document)?.ToJsonString() ?? document;
        }
        catch (System.Text.Json.JsonException)
        {
            return document;
        }
    }
}
