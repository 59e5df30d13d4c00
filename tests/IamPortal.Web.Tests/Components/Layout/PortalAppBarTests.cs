using Bunit;
using IamPortal.Application.Iam;
using IamPortal.Web.Components.Layout;
using IamPortal.Web.Tests.Fakes;

namespace IamPortal.Web.Tests.Components.Layout;

public sealed class PortalAppBarTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Render_SandboxAccount_ShowsAccountAndSandboxChip()
    {
        await using var ctx = PortalTestContext.Create(accounts: new FakeAccountService { Account = TestData.Account(sandbox: true) });

        var cut = ctx.Render<PortalAppBar>();

        cut.WaitForAssertion(() => cut.Find("[data-testid='sandbox-chip']").TextContent.Should().Contain("Sandbox"), Wait);
        cut.Find("[data-testid='account-status']").TextContent.Should().Contain("123456789012").And.Contain("acme-prod");
        cut.FindAll("[data-testid='account-warning']").Should().BeEmpty();
    }

    [Fact]
    public async Task Render_RealAccountWithProfileWarning_ShowsWarningWithoutSandboxChip()
    {
        const string warning = "AWS profile 'prod' was not found; using the default credential chain.";
        await using var ctx = PortalTestContext.Create(accounts: new FakeAccountService { Account = TestData.Account(sandbox: false, warning) });

        var cut = ctx.Render<PortalAppBar>();

        cut.WaitForAssertion(() => cut.Find("[data-testid='account-warning']").GetAttribute("aria-label")
            .Should().Be($"Connection warning: {warning}"), Wait);
        cut.FindAll("[data-testid='sandbox-chip']").Should().BeEmpty();
    }

    [Fact]
    public async Task Render_AccountUnreachable_ShowsAccountUnavailableWithReason()
    {
        var accounts = new FakeAccountService { Failure = new IamException(IamErrorCodes.EndpointUnreachable, "Connection refused") };
        await using var ctx = PortalTestContext.Create(accounts: accounts);

        var cut = ctx.Render<PortalAppBar>();

        cut.WaitForAssertion(() => cut.Find("[data-testid='account-unavailable']").TextContent.Should().Contain("Account unavailable"), Wait);
    }

    [Fact]
    public async Task Render_ShowsOperatorNameAndRole()
    {
        await using var ctx = PortalTestContext.Create();

        var cut = ctx.Render<PortalAppBar>();

        cut.Find("[data-testid='operator-name']").TextContent.Should().Be("Alice Admin");
        cut.Find("[data-testid='operator-role']").TextContent.Should().Be("SecurityAdmin");
        cut.Find("button[aria-label='Switch to dark mode']").Should().NotBeNull();
    }
}
