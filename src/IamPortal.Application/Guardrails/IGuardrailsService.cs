using System.Text.RegularExpressions;
using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Guardrails;

public interface IGuardrailsService
{
    Task<Guardrails> GetAsync(CancellationToken ct = default);
    /// <summary>Validates and saves (admins only, audited). Returns field → message for anything refused.</summary>
    Task<IReadOnlyDictionary<string, string>> SaveAsync(Guardrails guardrails, CancellationToken ct = default);
}
