using IamPortal.Application.Operators;

namespace IamPortal.Web.Tests.Fakes;

public sealed class FakeOperatorContext : IOperatorContext
{
    public OperatorIdentity Current { get; set; } = new("sub-1", "Alice Admin", "alice@example.com", "Test", PortalRole.SecurityAdmin);
}
