using Bunit;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.PasswordPolicy;
using IamPortal.Web.Features.PasswordPolicy;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.PasswordPolicy;

public sealed class PasswordPolicyPageTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static (BunitContext, IRenderedComponent<PasswordPolicyPage>, FakePasswordPolicyService) Render(PortalRole role, IamPasswordPolicy? policy)
    {
        var fake = new FakePasswordPolicyService { Policy = policy };
        var ctx = PortalTestContext.Create(configure: s => s.AddSingleton<IPasswordPolicyService>(fake));
        ((FakeOperatorContext)ctx.Services.GetRequiredService<IOperatorContext>()).Current = new OperatorIdentity("sub-3", "T", null, "Test", role);
        var page = ctx.Render<PasswordPolicyPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='password-policy-form']"), Wait);
        return (ctx, page, fake);
    }

    [Fact]
    public async Task Render_NoPolicy_SaysIamDefaultsAndEveryLineNotMet()
    {
        var (ctx, page, _) = Render(PortalRole.SecurityAdmin, null);
        await using var _ = ctx;

        page.Find("[data-testid='password-policy-default']").TextContent.Should().Contain("IAM's defaults apply");
        page.FindAll("[data-testid='password-policy-line']").Should().NotBeEmpty().And.OnlyContain(r => r.GetAttribute("data-met") == "false");
        page.FindAll("#password-policy-delete").Should().BeEmpty("there is no policy to delete");
    }

    [Fact]
    public async Task ApplyCisBaseline_FromDefaults_FillsTheFormShowsImpactThenSaves()
    {
        var (ctx, page, fake) = Render(PortalRole.SecurityAdmin, null);
        await using var _ = ctx;

        page.Find("#password-policy-apply-cis").Click();
        page.WaitForAssertion(() => page.Find("#password-policy-min-length").GetAttribute("value").Should().Be("14"), Wait);
        page.Find("#password-policy-max-age").GetAttribute("value").Should().Be("90");
        var impact = page.FindAll("[data-testid='password-policy-impact-sentence']").Select(e => e.TextContent).ToList();
        impact.Should().Contain("Turning on expiry after 90 days: 2 console users have passwords older than 90 days and must change them at their next sign-in.");
        impact.Should().Contain(s => s.StartsWith("Minimum length and character rules apply at each user's next password change", StringComparison.Ordinal));

        page.Find("#password-policy-save").Click();
        page.WaitForAssertion(() => fake.Saved.Should().ContainSingle().Which.Should().Be(PasswordPolicyRules.CisBaseline), Wait);
        page.WaitForAssertion(() => page.FindAll("[data-testid='password-policy-line']").Should().OnlyContain(r => r.GetAttribute("data-met") == "true"), Wait);
    }

    [Fact]
    public async Task Edit_LengthOutOfRange_ErrorAtTheFieldAndSaveDisabled()
    {
        var (ctx, page, _) = Render(PortalRole.SecurityAdmin, PasswordPolicyRules.CisBaseline);
        await using var _ = ctx;

        page.Find("#password-policy-min-length").Change("200");
        page.WaitForAssertion(() => page.Markup.Should().Contain("IAM allows 6 to 128 characters."), Wait);
        page.Find("#password-policy-save").HasAttribute("disabled").Should().BeTrue();
    }

    [Fact]
    public async Task Render_Auditor_ReadOnlyWithoutButtons()
    {
        var (ctx, page, _) = Render(PortalRole.Auditor, PasswordPolicyRules.CisBaseline);
        await using var _ = ctx;

        page.Find("[data-testid='password-policy-read-only']");
        page.FindAll("#password-policy-save").Should().BeEmpty();
        page.FindAll("#password-policy-delete").Should().BeEmpty();
        page.FindAll("#password-policy-apply-cis").Should().BeEmpty();
        page.FindAll("[data-testid='password-policy-line']").Should().OnlyContain(r => r.GetAttribute("data-met") == "true");
    }
}
