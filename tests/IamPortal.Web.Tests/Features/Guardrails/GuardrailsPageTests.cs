using Bunit;
using IamPortal.Application.Operators;
using IamPortal.Web.Features.Guardrails;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using IamPortal.Web.Tests.Features.Credentials;

namespace IamPortal.Web.Tests.Features.Guardrails;

public sealed class GuardrailsPageTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static (BunitContext, IRenderedComponent<GuardrailsPage>) Render(PortalRole role)
    {
        var ctx = PortalTestContext.Create();
        ((FakeOperatorContext)ctx.Services.GetRequiredService<IOperatorContext>()).Current = new OperatorIdentity("sub-3", "T", null, "Test", role);
        var page = ctx.Render<GuardrailsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='guardrails-form']"), Wait);
        return (ctx, page);
    }

    [Fact]
    public async Task Render_Defaults_ShowsCisValues()
    {
        var (ctx, page) = Render(PortalRole.SecurityAdmin);
        await using var _ = ctx;

        page.Find("#settings-key-age").GetAttribute("value").Should().Be("90");
        page.Find("#settings-inactivity").GetAttribute("value").Should().Be("45");
        page.Find("#settings-required-tags").GetAttribute("value").Should().Be("Department, CostCenter, Owner");
    }

    [Fact]
    public async Task Render_Auditor_ReadOnlyWithoutSave()
    {
        var (ctx, page) = Render(PortalRole.Auditor);
        await using var _ = ctx;

        page.Find("[data-testid='settings-read-only']");
        page.FindAll("#settings-save").Should().BeEmpty();
    }

    [Fact]
    public async Task Edit_BadPath_ErrorAtFieldAndSaveDisabledThenSaveWhenFixed()
    {
        var (ctx, page) = Render(PortalRole.SecurityAdmin);
        await using var _ = ctx;

        page.Find("#settings-default-path").Input("engineering");
        page.WaitForAssertion(() => page.Markup.Should().Contain("Path must start and end with /"), Wait);
        page.Find("#settings-save").HasAttribute("disabled").Should().BeTrue();

        page.Find("#settings-default-path").Input("/engineering/");
        page.WaitForAssertion(() => page.Find("#settings-save").HasAttribute("disabled").Should().BeFalse(), Wait);
        page.Find("#settings-save").Click();
        page.WaitForAssertion(() => ctx.Services.GetRequiredService<FakeGuardrailsService>().Saved.Should().ContainSingle()
            .Which.DefaultPath.Should().Be("/engineering/"), Wait);
    }
}
