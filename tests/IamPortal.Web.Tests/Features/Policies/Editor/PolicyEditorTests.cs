using Bunit;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Validation;
using IamPortal.Web.Features.Policies.Editor;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Web.Tests.Features.Policies.Editor;

public sealed class PolicyEditorTests : IAsyncLifetime
{
    private const string BadEffect = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": {\n    \"Effect\": \"Alow\",\n    \"Action\": \"s3:GetObject\",\n    \"Resource\": \"*\"\n  }\n}";
    private const string Valid = "{\"Version\": \"2012-10-17\", \"Statement\": {\"Effect\": \"Allow\", \"Action\": \"s3:GetObject\", \"Resource\": \"*\"}}";

    private readonly BunitContext _ctx = PortalTestContext.Create(configure: s => s.AddPolicyValidation());
    private readonly BunitJSModuleInterop _module;

    public PolicyEditorTests() => _module = _ctx.JSInterop.SetupModule(PolicyEditorInterop.ModulePath);

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _ctx.DisposeAsync().AsTask();

    private FakeTimeProvider Clock => (FakeTimeProvider)_ctx.Services.GetRequiredService<TimeProvider>();

    private IRenderedComponent<PolicyEditor> Render(string value, Action<ComponentParameterCollectionBuilder<PolicyEditor>>? more = null) =>
        _ctx.Render<PolicyEditor>(p =>
        {
            p.Add(e => e.Value, value);
            more?.Invoke(p);
        });

    [Fact]
    public void PolicyEditor_InvalidDocument_ListsFindingsWithTheirPosition()
    {
        var cut = Render(BadEffect);

        var finding = cut.Find("button.policy-finding[data-code='INVALID_EFFECT']");
        finding.TextContent.Should().Contain("line 4, column 15").And.Contain("Effect must be");
        cut.Find("[data-testid='policy-findings-summary']").TextContent.Should().Contain("1 error");
    }

    [Fact]
    public void PolicyEditor_ClickOnFinding_MovesTheCursorThere()
    {
        var cut = Render(BadEffect);

        cut.Find("button.policy-finding[data-code='INVALID_EFFECT']").Click();

        _module.VerifyInvoke("moveTo").Arguments.Should().Equal("policy-editor", 4, 15);
    }

    [Fact]
    public void PolicyEditor_MonacoDoesNotLoad_OffersATextAreaThatStillEdits()
    {
        _module.Setup<bool>("ensureMonaco", _ => true).SetResult(false);
        string? changed = null;
        var cut = Render(Valid, p => p.Add(e => e.ValueChanged, v => changed = v));

        cut.WaitForAssertion(() => cut.Find("[data-testid='policy-editor']").GetAttribute("data-mode").Should().Be("Text"));
        cut.Markup.Should().Contain("The code editor could not load");
        cut.Find("textarea").Input(BadEffect);

        changed.Should().Be(BadEffect);
        cut.Find("textarea").GetAttribute("aria-labelledby").Should().Be("policy-editor-label");
        cut.Find("#policy-editor-label").TextContent.Should().Be("Policy document");
    }

    [Fact]
    public void PolicyEditor_MonacoLoads_RendersTheCodeEditor()
    {
        _module.Setup<bool>("ensureMonaco", _ => true).SetResult(true);

        var cut = Render(Valid);

        cut.WaitForAssertion(() => cut.Find("[data-testid='policy-editor']").GetAttribute("data-mode").Should().Be("Monaco"));
        cut.FindAll("textarea").Should().BeEmpty();
        cut.Find("#policy-editor").Should().NotBeNull();
    }

    [Fact]
    public void PolicyEditor_Typing_ValidatesAfterThePause()
    {
        var validations = new List<PolicyValidation>();
        var cut = Render(Valid, p => p.Add(e => e.ValidationChanged, v => validations.Add(v)));
        validations.Should().ContainSingle().Which.HasErrors.Should().BeFalse();

        cut.Find("textarea").Input(BadEffect);
        Clock.Advance(TimeSpan.FromMilliseconds(100));
        validations.Should().HaveCount(1, "the document is checked only once typing pauses");
        Clock.Advance(PolicyEditor.Debounce);

        cut.WaitForAssertion(() => cut.FindAll("button.policy-finding[data-code='INVALID_EFFECT']").Should().ContainSingle());
        validations.Last().HasErrors.Should().BeTrue();
    }

    [Fact]
    public void PolicyEditor_Format_PrettyPrintsAValidDocument()
    {
        string? changed = null;
        var cut = Render(Valid, p => p.Add(e => e.ValueChanged, v => changed = v));

        cut.Find("[data-testid='policy-format'] button, button[data-testid='policy-format']").Click();

        changed.Should().StartWith("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": {\n    \"Effect\": \"Allow\"");
    }

    [Fact]
    public void PolicyEditor_FormatOfInvalidJson_SaysWhyAndKeepsTheText()
    {
        string? changed = null;
        var cut = Render("{\"Version\": ", p => p.Add(e => e.ValueChanged, v => changed = v));

        cut.Find("button[data-testid='policy-format']").Click();

        changed.Should().BeNull();
        cut.Markup.Should().Contain("Format needs valid JSON");
    }

    [Theory]
    [InlineData(PolicyDocumentKind.Managed, 0, "of 6,144 characters")]
    [InlineData(PolicyDocumentKind.UserInline, 1000, "of 1,048 characters (other inline policies use 1,000)")]
    public void PolicyEditor_SizeMeter_ShowsSizeAgainstTheLimit(PolicyDocumentKind kind, int other, string expected)
    {
        var cut = Render(Valid, p => p.Add(e => e.Kind, kind).Add(e => e.OtherInlineSize, other));

        var meter = cut.Find("[data-testid='policy-size-meter']").TextContent;
        meter.Should().Contain($"{PolicySize.Of(Valid)} {expected}");
    }
}
