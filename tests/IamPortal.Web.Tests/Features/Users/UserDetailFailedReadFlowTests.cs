using IamPortal.Application.Iam;
using IamPortal.Application.Users;
using IamPortal.Web.Tests.Features.Offboarding;
using IamPortal.Web.Tests.Flows;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Users;

/// <summary>
/// The user page's reads over real HTTP against a Sandbox that refuses one action on every call, as an endpoint
/// without ListServiceSpecificCredentials (or a portal role without that permission) does.
/// </summary>
public sealed class UserDetailFailedReadFlowTests(OffboardingFlowFixture fixture) : IClassFixture<OffboardingFlowFixture>
{
    private const string Refused = "ListServiceSpecificCredentials";

    [Fact]
    public async Task GetAsync_OneActionDenied_OtherSectionsReadAndThatSectionSaysWhy()
    {
        var user = await fixture.NewUserAsync("reads");
        await fixture.Sandbox.FailAlwaysAsync(Refused, IamErrorCodes.AccessDenied);
        await using var scope = fixture.Scope();

        var view = (await scope.ServiceProvider.GetRequiredService<IUserDetailService>().GetAsync(user))!;

        view.FailedSections.Should().Equal(["service-specific credentials"], "only that one read was refused");
        view.ServiceSpecificCredentials.ErrorCode.Should().Be(IamErrorCodes.AccessDenied);
        view.ServiceSpecificCredentials.Error.Should().StartWith("The portal's AWS role is not allowed to do this")
            .And.NotContainEquivalentOf("try again");
        view.LoginProfile.Value.Should().NotBeNull();
        view.AccessKeys.Value.Should().HaveCount(2);
        view.MfaDevices.Value.Should().ContainSingle();
        view.Groups.Value!.Select(g => g.GroupName).Should().BeEquivalentTo(["all-staff", "billing"]);
        view.AttachedPolicies.Value.Should().ContainSingle(p => p.PolicyName == "ReadOnlyAccess");
        view.InlinePolicyNames.Value.Should().Equal("offboarding-test-inline");
    }

    [Fact]
    public async Task GetAsync_RetryingClient_DeniedReadAskedOnceServerErrorRetriedThenReportedForItsSectionOnly()
    {
        var user = await fixture.NewUserAsync("reads");
        await fixture.Sandbox.FailAlwaysAsync(Refused, IamErrorCodes.AccessDenied);
        await fixture.Sandbox.FailAlwaysAsync("ListSSHPublicKeys", IamErrorCodes.ServiceFailure);
        try
        {
            await using var retrying = fixture.BuildServices(new Dictionary<string, string?> { ["Iam:MaxRetries"] = "2", ["Iam:BaseDelayMs"] = "1" });
            await using var scope = fixture.Scope(provider: retrying);
            fixture.Sandbox.Control.ResetCounters();

            var view = (await scope.ServiceProvider.GetRequiredService<IUserDetailService>().GetAsync(user))!;

            view.FailedSections.Should().BeEquivalentTo(["SSH public keys", "service-specific credentials"]);
            view.SshPublicKeys.Error.Should().Contain("IAM had an internal error; try again.");
            view.AccessKeys.Value.Should().HaveCount(2);
            fixture.Sandbox.Control.RequestCounts[Refused].Should().Be(1, "AccessDenied is not retried");
            fixture.Sandbox.Control.RequestCounts["ListSSHPublicKeys"].Should().Be(3, "a 5xx is retried within Iam:MaxRetries");
        }
        finally
        {
            await fixture.Sandbox.StopFailingAsync("ListSSHPublicKeys");
        }
    }
}
