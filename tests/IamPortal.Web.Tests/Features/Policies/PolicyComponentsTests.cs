using Bunit;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Attachments;
using IamPortal.Application.Policies.Inline;
using IamPortal.Application.Policies.Managed;
using IamPortal.Application.Policies.Permissions;
using IamPortal.Web.Features.Policies;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Policies;

public sealed class PolicyComponentsTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static (BunitContext Ctx, FakePolicyServices Policies) Context()
    {
        var policies = new FakePolicyServices();
        var ctx = PortalTestContext.Create(configure: s =>
        {
            s.AddSingleton<IPolicyListService>(policies);
            s.AddSingleton<IPolicyDetailService>(policies);
            s.AddSingleton<IManagedPolicyService>(policies);
            s.AddSingleton<IPolicyAttachmentService>(policies);
            s.AddSingleton<IEntityPermissionsService>(policies);
            s.AddSingleton<IInlinePolicyService>(policies);
        });
        return (ctx, policies);
    }

    private static PolicyListItem Item(string name, bool aws, int attachments, RiskSeverity? risk) =>
        new(name, aws ? $"arn:aws:iam::aws:policy/{name}" : $"arn:aws:iam::123456789012:policy/{name}", "/", aws, attachments, "v1", null, TestData.Now, risk);

    [Fact]
    public async Task PoliciesGrid_AttachedOnly_ShowsOnlyAttachedRowsWithTheirRisk()
    {
        var (ctx, policies) = Context();
        await using var _ = ctx;
        policies.List = new PolicyList([Item("deploy", false, 2, RiskSeverity.High), Item("ReadOnlyAccess", true, 0, null)], null);
        var cut = ctx.Render<PoliciesGrid>();
        cut.WaitForAssertion(() => cut.FindAll("[data-testid=policy-row]").Should().HaveCount(2), Wait);

        await cut.InvokeAsync(() => cut.FindComponent<MudBlazor.MudSwitch<bool>>().Instance.ValueChanged.InvokeAsync(true));

        cut.WaitForAssertion(() => cut.FindAll("[data-testid=policy-row]").Select(r => r.TextContent.Trim()).Should().Equal("deploy"), Wait);
        cut.Markup.Should().Contain("High");
    }

    [Fact]
    public async Task PoliciesGrid_NoPolicies_ShowsTheEmptyStateAndTheAwsReadFailure()
    {
        var (ctx, policies) = Context();
        await using var _ = ctx;
        policies.List = new PolicyList([], "IAM refused ListPolicies.");

        var cut = ctx.Render<PoliciesGrid>();

        cut.WaitForAssertion(() => cut.Find("[data-testid=policies-empty]"), Wait);
        cut.Find("[data-testid=section-read-error]").TextContent.Should().Contain("IAM refused ListPolicies.");
    }

    [Fact]
    public async Task PolicyVersionsTab_ChooseTwo_ShowsTheirSideBySideDiff()
    {
        var (ctx, policies) = Context();
        await using var _ = ctx;
        var cut = ctx.Render<PolicyVersionsTab>(p => p.Add(x => x.Detail, FakePolicyServices.Detail(3)).Add(x => x.CanManage, true));

        var boxes = cut.FindComponents<MudBlazor.MudCheckBox<bool>>();
        await cut.InvokeAsync(() => boxes[0].Instance.ValueChanged.InvokeAsync(true));
        await cut.InvokeAsync(() => boxes[2].Instance.ValueChanged.InvokeAsync(true));
        cut.Find("[data-testid=compare-versions]").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid=policy-diff]"), Wait);
        policies.Commands.Should().Equal("diff v1 v3");
        cut.FindAll("[data-testid=diff-line][data-kind=Modified]").Should().HaveCount(2);
    }

    [Fact]
    public async Task PolicyVersionsTab_SetDefaultThatAddsRisk_NeedsTheConfirmationThenSendsTheSummary()
    {
        var (ctx, policies) = Context();
        await using var _ = ctx;
        var cut = ctx.Render<PolicyVersionsTab>(p => p.Add(x => x.Detail, FakePolicyServices.Detail()).Add(x => x.CanManage, true));

        cut.Find("[data-testid=set-default]").Click();
        cut.WaitForAssertion(() => cut.Find("[data-testid=change-impact-summary]").TextContent.Should().Contain(FakePolicyServices.Risky), Wait);
        cut.Find("[data-testid=confirm-set-default]").HasAttribute("disabled").Should().BeTrue();
        await cut.InvokeAsync(() => cut.FindComponent<ImpactConfirmation>().FindComponent<MudBlazor.MudCheckBox<bool>>().Instance.ValueChanged.InvokeAsync(true));
        cut.Find("[data-testid=confirm-set-default]").Click();

        cut.WaitForAssertion(() => policies.Commands.Should().Equal($"set-default v1 ack={FakePolicyServices.Risky}"), Wait);
    }

    [Fact]
    public async Task EntityPermissionsPanel_Detach_ShowsTheQuotaThenTheImpactThenDetachesWithTheAcknowledgement()
    {
        var (ctx, policies) = Context();
        await using var _ = ctx;
        var cut = ctx.Render<EntityPermissionsPanel>(p => p.Add(x => x.Target, PrincipalRef.User("alice")));
        cut.WaitForAssertion(() => cut.Find("[data-testid=attach-quota]").TextContent.Should().Be("7 of 10"), Wait);
        cut.Find("[data-testid=inline-policy]").TextContent.Should().Contain("s3-read");

        cut.Find("[data-testid=detach-policy]").Click();
        cut.WaitForAssertion(() => cut.Find("[data-testid=change-review]").TextContent.Should().Contain(FakePolicyServices.Risky), Wait);
        cut.Find("[data-testid=change-save]").HasAttribute("disabled").Should().BeTrue();
        await cut.InvokeAsync(() => cut.FindComponent<ImpactConfirmation>().FindComponent<MudBlazor.MudCheckBox<bool>>().Instance.ValueChanged.InvokeAsync(true));
        cut.Find("[data-testid=change-save]").Click();

        cut.WaitForAssertion(() => policies.Commands.Should().Equal($"detach user alice {FakePolicyServices.Arn} ack={FakePolicyServices.Risky}"), Wait);
    }

    [Fact]
    public async Task PolicyDetailPage_UnknownArn_SaysNotFound()
    {
        var (ctx, _) = Context();
        await using var __ = ctx;

        var cut = ctx.Render<PolicyDetailPage>(p => p.Add(x => x.ArnSegment, Uri.EscapeDataString("arn:aws:iam::123456789012:policy/gone")));

        cut.WaitForAssertion(() => cut.Find("[data-testid=policy-not-found]").TextContent.Should().Contain("policy/gone"), Wait);
    }

    [Fact]
    public void PolicyRoutes_EncodedArn_RoundTrips()
    {
        var route = PolicyRoutes.Detail("arn:aws:iam::123456789012:policy/team/deploy");

        route.Should().Be("policies/arn%3Aaws%3Aiam%3A%3A123456789012%3Apolicy%2Fteam%2Fdeploy");
        PolicyRoutes.ArnFrom(route["policies/".Length..]).Should().Be("arn:aws:iam::123456789012:policy/team/deploy");
    }

    [Fact]
    public void JsonHighlighter_KeyAndString_AreSeparateTokens()
    {
        var tokens = JsonHighlighter.Tokens("  \"Effect\": \"Allow\",");

        tokens.Select(t => (t.Text, t.CssClass)).Should().Equal(("  ", "json-punct"), ("\"Effect\"", "json-key"), (":", "json-punct"),
            (" ", "json-punct"), ("\"Allow\"", "json-string"), (",", "json-punct"));
    }
}
