using IamPortal.Application.Operators;

namespace IamPortal.Application.Tests.Fakes;

public sealed class FakeOperator(PortalRole role = PortalRole.SecurityAdmin) : IOperatorContext
{
    public OperatorIdentity Current { get; } = new("sub-1", "Test Operator", "op@example.com", "Test", role);
}
