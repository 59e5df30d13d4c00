using Bunit;
using IamPortal.Application.Operators;
using IamPortal.Application.Users;
using IamPortal.Web.Features.Users;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace IamPortal.Web.Tests.Features.Credentials;

/// <summary>The credential cards on the user page: who sees which controls, the once-only secret, confirmations, field errors.</summary>
public sealed class CredentialComponentsTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static (BunitContext Ctx, IRenderedComponent<UserDetailPage> Page, IRenderedComponent<MudDialogProvider> Dialogs) Render(PortalRole role = PortalRole.SecurityAdmin, Action<FakeUserDetailService>? arrange = null)
    {
        var details = new FakeUserDetailService();
        details.Users["alice"] = TestData.Detail("alice");
        arrange?.Invoke(details);
        var ctx = PortalTestContext.Create(details: details);
        ((FakeOperatorContext)ctx.Services.GetRequiredService<IOperatorContext>()).Current =
            new OperatorIdentity("sub-2", "Tester", null, "Test", role);
        var dialogs = ctx.Render<MudDialogProvider>();
        var page = ctx.Render<UserDetailPage>(p => p.Add(x => x.UserName, "alice"));
        page.WaitForAssertion(() => page.Find("[data-testid='user-name']"), Wait);
        return (ctx, page, dialogs);
    }

    private static T Fake<T>(BunitContext ctx) where T : notnull => ctx.Services.GetRequiredService<T>();

    [Fact]
    public async Task Render_Auditor_ShowsCredentialsWithoutAnyMutationControl()
    {
        var (ctx, page, dialogs) = Render(PortalRole.Auditor);
        await using var _ = ctx;

        page.Find("[data-testid='access-keys']").TextContent.Should().Contain("AKIAOLDKEY0000000001");
        foreach (var id in new[] { "access-key-create", "console-reset", "console-disable", "mfa-assign", "rotation-start", "tag-add" })
            page.FindAll($"#{id}").Should().BeEmpty($"{id} is a mutation control");
        page.FindAll("button[aria-label^='Delete access key']").Should().BeEmpty();
        page.FindAll("button[aria-label^='Deactivate MFA device']").Should().BeEmpty();
    }

    [Fact]
    public async Task Render_SecurityAdmin_ShowsMutationControlsAndAgeAgainstGuardrail()
    {
        var (ctx, page, dialogs) = Render();
        await using var _ = ctx;

        page.Find("#access-key-create").HasAttribute("disabled").Should().BeTrue("the user already has two keys");
        page.Find("#console-reset");
        page.Find("#mfa-assign");
        page.FindAll("button[aria-label='Delete access key AKIAOLDKEY0000000001']").Should().ContainSingle();
        var ages = page.FindAll("[data-testid='access-key-age']");
        ages[0].GetAttribute("data-age-state").Should().Be("overdue");
        ages[1].GetAttribute("data-age-state").Should().Be("inactive");
        page.Find("[data-testid='user-header-actions']").TextContent.Should().Contain("Refresh");
    }

    [Fact]
    public async Task CreateAccessKey_Succeeds_ShowsSecretOnceWithWarningAndCopyButtons()
    {
        var (ctx, page, dialogs) = Render(arrange: d => d.Users["alice"] = TestData.Detail("alice") with { AccessKeys = TestData.Read<AccessKeyView>() });
        await using var _ = ctx;

        page.Find("#access-key-create").Click();

        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid='new-secret-access-key']").TextContent.Should().Be("wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETKEY"), Wait);
        dialogs.Find("[data-testid='secret-once-warning']").TextContent.Should().Contain("It will not be shown again");
        dialogs.FindAll("button[aria-label='Copy secret access key']").Should().NotBeEmpty();
        dialogs.Find("#secret-once-close").Click();
        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid='new-secret-access-key']").Should().BeEmpty(), Wait);
        Fake<FakeAccessKeyService>(ctx).Calls.Should().Equal("Create alice");
    }

    [Fact]
    public async Task DeleteAccessKey_ConfirmationNamesKey_DeletesOnlyAfterYes()
    {
        var (ctx, page, dialogs) = Render();
        await using var _ = ctx;
        var keys = Fake<FakeAccessKeyService>(ctx);

        page.Find("button[aria-label='Delete access key AKIANEWKEY0000000002']").Click();

        dialogs.WaitForAssertion(() => dialogs.Markup.Should().Contain("Delete access key AKIANEWKEY0000000002?"), Wait);
        keys.Calls.Should().BeEmpty("nothing happens before the confirmation");
        dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Delete key").Click();
        page.WaitForAssertion(() => keys.Calls.Should().Equal("Delete AKIANEWKEY0000000002"), Wait);
    }

    [Fact]
    public async Task AssignVirtualMfa_ShowsQrAndSeed_BadCodesRefusedAtField()
    {
        var (ctx, page, dialogs) = Render();
        await using var _ = ctx;

        page.Find("#mfa-assign").Click();

        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid='mfa-seed']").TextContent.Should().Be(FakeMfaService.Seed), Wait);
        var qr = dialogs.Find("[data-testid='mfa-qr']");
        qr.GetAttribute("src").Should().StartWith("data:image/png;base64,");
        qr.GetAttribute("alt").Should().Contain("QR code");
        dialogs.Find("#mfa-code-1").GetAttribute("autocomplete").Should().Be("one-time-code");
        dialogs.Find("#mfa-code-1").Input("12a");
        dialogs.Find("#mfa-code-2").Input("123456");
        dialogs.Find("#mfa-assign-submit").Click();
        dialogs.WaitForAssertion(() => dialogs.Markup.Should().Contain("Enter the 6-digit code"), Wait);

        dialogs.Find("#mfa-assign-cancel").Click();
        page.WaitForAssertion(() => Fake<FakeMfaService>(ctx).Calls.Should().Equal("Begin", "Complete 12a 123456", "Cancel"), Wait);
    }

    [Fact]
    public async Task AssignVirtualMfa_DialogGoneWithCircuit_DeletesTheUnassignedDevice()
    {
        var (ctx, page, dialogs) = Render();
        page.Find("#mfa-assign").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid='mfa-seed']"), Wait);
        var mfa = Fake<FakeMfaService>(ctx);

        await ctx.DisposeAsync(); // what the renderer does when the tab closes or the circuit is lost

        mfa.Calls.Should().Equal("Begin", "Cancel");
    }

    [Fact]
    public async Task AssignVirtualMfa_Assigned_NothingDeletedOnDispose()
    {
        var (ctx, page, dialogs) = Render();
        page.Find("#mfa-assign").Click();
        dialogs.WaitForAssertion(() => dialogs.Find("[data-testid='mfa-seed']"), Wait);
        dialogs.Find("#mfa-code-1").Input("123456");
        dialogs.Find("#mfa-code-2").Input("654321");
        dialogs.Find("#mfa-assign-submit").Click();
        dialogs.WaitForAssertion(() => dialogs.FindAll("[data-testid='mfa-seed']").Should().BeEmpty(), Wait);
        var mfa = Fake<FakeMfaService>(ctx);

        await ctx.DisposeAsync();

        mfa.Calls.Should().Equal("Begin", "Complete 123456 654321");
    }

    [Fact]
    public async Task Tags_BadKey_RefusedAtTheField()
    {
        var (ctx, page, dialogs) = Render();
        await using var _ = ctx;
        page.FindAll("[role='tab']").First(t => t.TextContent.Contains("Tags")).Click();

        page.WaitForAssertion(() => page.Find("#tag-new-key"), Wait);
        page.Find("#tag-new-key").Change("aws:reserved");
        page.Find("#tag-add").Click();

        page.WaitForAssertion(() => page.Markup.Should().Contain("reserved by AWS"), Wait);
        page.FindAll("[data-testid='tags-error']").Should().BeEmpty("the error is shown at the field");
    }
}
