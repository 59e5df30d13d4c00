using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;

namespace IamPortal.Application.Policies.Validation;

/// <summary>
/// Validates identity policy documents as IAM and Access Analyzer do: the grammar from the JSON text (every finding with its
/// line and column), then the checks that need the action catalogue. <see cref="PolicyValidation.SizeLimit"/> is the room
/// this document has: the kind's limit less <c>otherInlineSize</c>.
/// </summary>
public sealed class PolicyValidator(IActionCatalog? catalog = null) : IPolicyValidator
{
    public PolicyValidation Validate(string document, PolicyDocumentKind kind, int otherInlineSize = 0)
    {
        document ??= "";
        otherInlineSize = Math.Max(0, otherInlineSize);
        var size = PolicySize.Of(document);
        var limit = Math.Max(0, PolicySize.LimitOf(kind) - otherInlineSize);
        var findings = new FindingSink();
        try
        {
            PolicySize.Check(document, kind, size, otherInlineSize, findings);
            if (PolicyJsonParser.Parse(document, findings) is { } root)
                DocumentChecks.Check(root, new StatementContext(findings, catalog, kind));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The contract says never throw: a bug here must not take the editor down, and the document counts as not checked.
            findings.Add(FindingLevel.Error, ValidationCodes.ValidationFailed,
                $"The portal could not check this document ({e.GetType().Name}). Please report it; IAM will still check the document when you save.", 1, 1);
        }
        return new PolicyValidation(findings.Sorted(), size, limit);
    }
}
