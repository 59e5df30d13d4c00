using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Effective;

/// <summary>
/// An identity's policies as the risk engine reads them, with a <see cref="Key"/> that is the same for any two identities
/// holding the same documents (managed policy ARN + version, or the inline document's hash), whatever the names: most
/// users share a few sets, so the analysis runs once per distinct set.
/// </summary>
internal sealed class PolicySet
{
    public PolicySet(IReadOnlyList<PolicySource> sources, IEnumerable<string> documentKeys)
    {
        Sources = sources;
        Key = string.Join('|', documentKeys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }

    public IReadOnlyList<PolicySource> Sources { get; }
    public string Key { get; }
}

/// <summary>One policy of a set and the key of its document.</summary>
internal readonly record struct KeyedSource(PolicySource Source, string DocumentKey);
