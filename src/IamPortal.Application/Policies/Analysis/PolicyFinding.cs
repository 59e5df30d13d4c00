namespace IamPortal.Application.Policies.Analysis;

/// <summary>IAM Access Analyzer's finding levels: Error refuses a save, SecurityWarning needs an explicit confirmation.</summary>
public enum FindingLevel { Error, SecurityWarning, Warning, Suggestion }

/// <summary>
/// One validation finding: a code in UPPER_SNAKE (e.g. PASS_ROLE_WITH_STAR_IN_RESOURCE), a plain message, and where it is:
/// 1-based line and column in the document as typed, the statement index (0-based) and element when it belongs to one.
/// </summary>
public sealed record PolicyFinding(
    FindingLevel Level,
    string Code,
    string Message,
    int Line,
    int Column,
    int? StatementIndex = null,
    string? Element = null);

/// <summary>What a document is, for its grammar (Principal refused in identity policies) and its size limit.</summary>
public enum PolicyDocumentKind { Managed, UserInline, GroupInline }

/// <summary>The result of validating one document: its findings (sorted by line, column) and its size without whitespace.</summary>
public sealed record PolicyValidation(IReadOnlyList<PolicyFinding> Findings, int Size, int SizeLimit)
{
    public bool HasErrors => Findings.Any(f => f.Level == FindingLevel.Error);
    public bool HasSecurityWarnings => Findings.Any(f => f.Level == FindingLevel.SecurityWarning);
}

/// <summary>
/// Validates a policy document as IAM and Access Analyzer would: grammar (no data needed) and the checks that need the
/// action catalogue. Pure and fast enough to run on every keystroke. Never throws on bad input.
/// </summary>
public interface IPolicyValidator
{
    /// <param name="otherInlineSize">For inline policies: the size (without whitespace) of the entity's other inline policies, counted against the aggregate limit.</param>
    PolicyValidation Validate(string document, PolicyDocumentKind kind, int otherInlineSize = 0);
}
