using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Validation;

/// <summary>Collects the findings of one validation run.</summary>
internal sealed class FindingSink
{
    private readonly List<PolicyFinding> _findings = [];

    public IReadOnlyList<PolicyFinding> Findings => _findings;

    public void Add(FindingLevel level, string code, string message, int line, int column, int? statement = null, string? element = null) =>
        _findings.Add(new PolicyFinding(level, code, message, line, column, statement, element));

    public void Add(FindingLevel level, string code, string message, JsonNode at, int? statement = null, string? element = null) =>
        Add(level, code, message, at.Line, at.Column, statement, element);

    public void Add(FindingLevel level, string code, string message, JsonMember at, int? statement = null) =>
        Add(level, code, message, at.Line, at.Column, statement, at.Name);

    public IReadOnlyList<PolicyFinding> Sorted() =>
        [.. _findings.OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Level)];
}
