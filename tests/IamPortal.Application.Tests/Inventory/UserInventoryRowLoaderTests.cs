using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Inventory;

public class UserInventoryRowLoaderTests
{
    [Fact]
    public async Task LoadAsync_OperatorWithoutRole_IsRefusedBeforeAnyIamCall()
    {
        var iam = Substitute.For<IIamClient>();
        var loader = new UserInventoryRowLoader(iam, iam, iam, iam, iam, new FakeOperator(PortalRole.None), new FakeTimeProvider(Sample.Now));

        var act = () => loader.LoadAsync("alice", null, CancellationToken.None);

        await act.Should().ThrowAsync<PortalAccessDeniedException>();
        iam.CallNames().Should().BeEmpty();
    }
}
