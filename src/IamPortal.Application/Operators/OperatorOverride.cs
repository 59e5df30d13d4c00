
namespace IamPortal.Application.Operators;

/// <summary>
/// Scoped: set by the portal's own background work (e.g. the job recovery service) in the scope it
/// creates, so the services it calls audit that work as the portal rather than as an anonymous caller. Never set for a
/// request or a circuit.
/// </summary>
public sealed class OperatorOverride
{
    public OperatorIdentity? Identity { get; set; }
}
