namespace IamPortal.Application.Guardrails;

public interface IGuardrailsStore
{
    Task<Guardrails> GetAsync(CancellationToken ct = default);
    Task SaveAsync(Guardrails guardrails, CancellationToken ct = default);
}
