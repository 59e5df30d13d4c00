using IamPortal.Application.Inventory;
using IamPortal.Application.Security;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Inventory;

public class UserInventoryRowLoaderTests
{
    [Fact]
    public async Task LoadAsync_OperatorWithoutRole_IsRefusedBeforeAnyIamCall()
    {
        var (client, fake) = FakeIam.Create();
        var loader = new UserInventoryRowLoader(client, client, client, client, client, new FakeOperator(PortalRole.None), new FakeTimeProvider(Sample.Now));

        var act = () => loader.LoadAsync("alice", null, CancellationToken.None);

        await act.Should().ThrowAsync<PortalAccessDeniedException>();
        fake.Calls.Should().BeEmpty();
    }
}
