using System.Globalization;
using Bunit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Onboarding;
using IamPortal.Application.Operators;
using IamPortal.Web.Features.Onboarding;
using IamPortal.Web.Tests.Fakes;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using MudBlazor.Services;

namespace IamPortal.Web.Tests.Features.Onboarding;

public sealed class OnboardingPageTests : IAsyncLifetime
{
    private readonly FakeOnboardingService _service = new();
    private readonly BunitContext _ctx;

    public OnboardingPageTests() => _ctx = Context(PortalRole.SecurityAdmin);

    private BunitContext Context(PortalRole role)
    {
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton<IOnboardingService>(_service);
        ctx.Services.AddSingleton(new JobProgress());
        ctx.Services.AddSingleton<IOperatorContext>(new FakeOperatorContext { Current = new("s", "Tester", null, "Test", role) });
        ctx.SetRendererInfo(new RendererInfo("Server", true));
        ctx.Render<MudPopoverProvider>();
        return ctx;
    }

    private IRenderedComponent<OnboardingPage> Render() => _ctx.Render<OnboardingPage>();

    [Fact]
    public void Render_EmptyName_NextDisabled()
    {
        var page = Render();

        page.Find("#onboarding-next").HasAttribute("disabled").Should().BeTrue();
    }

    [Fact]
    public void Details_NameOneOverTheRule_CapAboveTheRuleAndAtMost64AtTheField()
    {
        var page = Render();
        var field = page.Find("#onboarding-username");
        int.Parse(field.GetAttribute("maxlength")!, CultureInfo.InvariantCulture).Should().BeGreaterThan(IamRules.MaxUserNameLength,
            "the browser must not cut a 65-character name silently to a different one");

        field.Input(new string('a', IamRules.MaxUserNameLength + 1));

        page.WaitForAssertion(() => page.Markup.Should().Contain("at most 64 characters"), TimeSpan.FromSeconds(3));
        page.Find("#onboarding-next").HasAttribute("disabled").Should().BeTrue();
    }

    [Fact]
    public void Details_PathField_CapAboveTheRule()
    {
        var page = Render();

        int.Parse(page.Find("#onboarding-path").GetAttribute("maxlength")!, CultureInfo.InvariantCulture)
            .Should().BeGreaterThan(IamRules.MaxPathLength);
    }

    [Fact]
    public void Details_BadName_ErrorAtFieldAndNextDisabled()
    {
        var page = Render();

        page.Find("#onboarding-username").Input("Bad Name");

        page.WaitForAssertion(() => page.Markup.Should().Contain("may use only letters"), TimeSpan.FromSeconds(3));
        page.Find("#onboarding-next").HasAttribute("disabled").Should().BeTrue();
    }

    [Fact]
    public void Details_NameOfExistingUserInOtherCase_ClashShown()
    {
        var page = Render();

        page.Find("#onboarding-username").Input("EXISTING.USER".ToLowerInvariant());

        page.WaitForAssertion(() => page.Markup.Should().Contain("already exists"), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public void Details_ValidName_NextEnabled()
    {
        var page = Render();

        page.Find("#onboarding-username").Input("new.hire");

        page.WaitForAssertion(() => page.Find("#onboarding-next").HasAttribute("disabled").Should().BeFalse(), TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task Render_AuditorRole_ShowsRoleMessageAndNoWizard()
    {
        await using var ctx = Context(PortalRole.Auditor);

        var page = ctx.Render<OnboardingPage>();

        page.Find("[data-testid=onboarding-forbidden]").TextContent.Should().Contain("Your role cannot onboard users");
        page.FindAll("#onboarding-username").Should().BeEmpty();
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();
}
