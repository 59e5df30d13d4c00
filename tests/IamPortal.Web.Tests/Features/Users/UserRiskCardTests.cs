using Bunit;
using IamPortal.Application.Iam;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Web.Features.Users;
using IamPortal.Web.Tests.Components.Risk;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Users;

public sealed class UserRiskCardTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static (Bunit.BunitContext Ctx, FakeIdentityRiskService Risk) Page()
    {
        var details = new FakeUserDetailService();
        details.Users["alice"] = TestData.Detail("alice");
        var ctx = PortalTestContext.Create(details: details);
        return (ctx, (FakeIdentityRiskService)ctx.Services.GetRequiredService<IIdentityRiskService>());
    }

    [Fact]
    public async Task Render_UserWithFindings_ShowsHighestSeverityAndEachFinding()
    {
        var (ctx, risk) = Page();
        await using var _ = ctx;
        risk.Users["alice"] = new RiskReport([RiskFixtures.Escalation(), RiskFixtures.ReadAll()]);

        var cut = ctx.Render<UserDetailPage>(p => p.Add(x => x.UserName, "alice"));

        cut.WaitForAssertion(() => cut.FindAll("[data-testid='user-risk'] [data-testid='risk-finding']").Should().HaveCount(2), Wait);
        var card = cut.Find("[data-testid='user-risk']");
        card.QuerySelector("[aria-label='Highest risk: High']").Should().NotBeNull();
        card.QuerySelector("[aria-label='Risky permissions of alice']").Should().NotBeNull();
        card.TextContent.Should().Contain("Privilege escalation through iam:CreatePolicyVersion").And.Contain("every group");
    }

    [Fact]
    public async Task Render_UserWithoutRisk_SaysNoRiskyPermissions()
    {
        var (ctx, _) = Page();
        await using var __ = ctx;

        var cut = ctx.Render<UserDetailPage>(p => p.Add(x => x.UserName, "alice"));

        cut.WaitForAssertion(() => cut.Find("[data-testid='user-risk'] [data-testid='risk-findings-empty']").TextContent
            .Should().Contain("No risky permissions found"), Wait);
    }

    [Fact]
    public async Task Render_RiskReadFails_OnlyTheCardSaysSo()
    {
        var (ctx, risk) = Page();
        await using var _ = ctx;
        risk.Failure = new IamAccessDeniedException("User: arn:aws:sts::123456789012:assumed-role/portal/x is not authorized to perform: iam:GetAccountAuthorizationDetails", "req-1");

        var cut = ctx.Render<UserDetailPage>(p => p.Add(x => x.UserName, "alice"));

        cut.WaitForAssertion(() => cut.Find("[data-testid='user-risk'] [data-section='effective risk']").TextContent
            .Should().Contain("Effective risk could not be read"), Wait);
        cut.Find("[data-testid='user-summary']").TextContent.Should().Contain("AIDAALICE000000000001", "the rest of the page works");
        cut.FindAll("[data-testid='user-error']").Should().BeEmpty();
    }
}
