using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Findings.Checks;

/// <summary>Everything a check reads, fetched once per evaluation.</summary>
public sealed record FindingsInput(InventorySnapshot Inventory, AccountSettings Settings, FindingsOptions Options, DateTimeOffset Now, IRiskAnalyzer Risk);

/// <summary>One hygiene check, evaluated purely over <see cref="FindingsInput"/> (Prowler's model).</summary>
public interface ICheck
{
    CheckDefinition Definition { get; }
    IEnumerable<FindingResult> Evaluate(FindingsInput input);
}
