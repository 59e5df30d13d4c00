using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;

namespace IamPortal.Application.Policies.Validation;

/// <summary>What the checks of one document share: the findings, the catalogue, the document's Version, and the first policy variable seen.</summary>
internal sealed class StatementContext(FindingSink findings, IActionCatalog? catalog, PolicyDocumentKind kind)
{
    public FindingSink Findings { get; } = findings;
    public IActionCatalog? Catalog { get; } = catalog;
    public PolicyDocumentKind Kind { get; } = kind;
    public JsonNode? FirstVariable { get; private set; }
    public Dictionary<string, JsonNode> Sids { get; } = new(StringComparer.Ordinal);

    /// <summary>Reports a malformed policy variable in a string value; remembers where the first variable is.</summary>
    public void CheckVariables(string value, JsonNode at, int statement, string element)
    {
        if (!PolicyVariables.Has(value)) return;
        FirstVariable ??= at;
        var problem = PolicyVariables.Problem(value);
        if (problem is not null)
            Findings.Add(FindingLevel.Error, ValidationCodes.InvalidPolicyVariable, problem, at, statement, element);
    }
}
