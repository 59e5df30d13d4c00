using IamPortal.Application.Credentials;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Onboarding;
using IamPortal.Application.Operators;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Onboarding;

/// <summary>
/// The users list's inventory follows each change to a user over real HTTP: the changed user's row is re-read from
/// the Sandbox and patched in; the account is not rebuilt (no GetAccountAuthorizationDetails, no credential report).
/// </summary>
public sealed class InventoryPatchFlowTests(OnboardingFlowFixture fixture) : IClassFixture<OnboardingFlowFixture>
{
    [SkippableFact]
    public async Task OnboardDeactivateKeyOffboard_InventoryFollowsEachChangeWithoutRebuilding()
    {
        await using var scope = fixture.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestOperator>().Role = PortalRole.SecurityAdmin;
        T Get<T>() where T : notnull => scope.ServiceProvider.GetRequiredService<T>();
        var inventory = Get<IInventoryService>();
        var before = await inventory.GetAsync();
        fixture.Sandbox.Control.ResetCounters();
        const string user = "patch.me";

        var onboarded = await Get<IOnboardingService>().StartAsync(new OnboardingRequest
        {
            UserName = user, Path = "/", ConsoleAccess = true, ProgrammaticAccess = true, Groups = ["all-staff"],
            Tags = [new("Department", "Engineering"), new("CostCenter", "CC-1100"), new("Owner", "cto@example.com")],
        });
        onboarded.Succeeded.Should().BeTrue(onboarded.Error);
        var row = (await inventory.GetAsync()).FindUser(user)!;
        row.Should().NotBeNull("the new user is in the list at once");
        row.Groups.Should().Equal("all-staff");
        row.PasswordEnabled.Should().BeTrue();
        row.ActiveKeyCount.Should().Be(1);
        row.Tags.Should().HaveCount(4).And.Contain(t => t.Key == Application.Onboarding.OnboardingOwnership.TagKey, "the three tags asked for and the job's own");
        (await inventory.GetAsync()).Users.Should().HaveCount(before.Users.Count + 1);

        var keyId = onboarded.Value!.Credentials!.AccessKeyId!;
        (await Get<IAccessKeyService>().SetStatusAsync(user, keyId, IamAccessKeyStatus.Inactive)).Succeeded.Should().BeTrue();
        (await inventory.GetAsync()).FindUser(user)!.ActiveKeyCount.Should().Be(0);

        var offboarded = await Get<IOffboardingService>().StartAsync(user, quarantineFirst: false, "test");
        offboarded.Succeeded.Should().BeTrue(offboarded.Error);
        (await inventory.GetAsync()).FindUser(user).Should().BeNull("the offboarded user left the list");

        fixture.Sandbox.Control.RequestCounts.Should().NotContainKey("GetAccountAuthorizationDetails")
            .And.NotContainKey("GenerateCredentialReport");
    }
}
