using Bunit;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Web.Features.Policies.Editor;

namespace IamPortal.Web.Tests.Features.Policies.Editor;

public sealed class PolicyEditorPartsTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = PortalTestContext.Create();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _ctx.DisposeAsync().AsTask();

    private static PolicyFinding Finding(FindingLevel level, string code = "SOME_CODE") => new(level, code, "A message.", 2, 3);

    private static PolicyValidation Validation(params PolicyFinding[] findings) => new(findings, 100, 6144);

    [Fact]
    public void PolicyFindingsSummary_CountsPerLevel()
    {
        var cut = _ctx.Render<PolicyFindingsSummary>(p => p.Add(s => s.Validation, Validation(
            Finding(FindingLevel.Error), Finding(FindingLevel.SecurityWarning), Finding(FindingLevel.SecurityWarning), Finding(FindingLevel.Suggestion))));

        cut.Find("[data-testid='policy-findings-summary']").TextContent.Should().Contain("1 error").And.Contain("2 security warnings").And.Contain("1 suggestion").And.NotContain("warnings 0");
        cut.FindAll("[data-level='Warning']").Should().BeEmpty();
    }

    [Fact]
    public void PolicyFindingsSummary_NoFindings_SaysSo() =>
        _ctx.Render<PolicyFindingsSummary>(p => p.Add(s => s.Validation, Validation())).Find("[data-testid='policy-findings-summary']").TextContent.Should().Contain("No findings");

    [Fact]
    public void PolicyFindingsList_Click_GivesTheFinding()
    {
        PolicyFinding? selected = null;
        var finding = Finding(FindingLevel.Warning, "WILDCARD_WITHOUT_LIKE_OPERATOR");
        var cut = _ctx.Render<PolicyFindingsList>(p => p.Add(l => l.Findings, [finding]).Add(l => l.OnSelect, f => selected = f));

        var button = cut.Find("button.policy-finding");
        button.GetAttribute("aria-label").Should().Be("warning WILDCARD_WITHOUT_LIKE_OPERATOR: A message. line 2, column 3");
        button.Click();

        selected.Should().Be(finding);
    }

    [Fact]
    public void SecurityWarningConfirmation_WithSecurityWarnings_AsksAndReportsTheChoice()
    {
        bool? confirmed = null;
        var validation = Validation(Finding(FindingLevel.SecurityWarning, "PASS_ROLE_WITH_STAR_IN_RESOURCE"));
        var cut = _ctx.Render<SecurityWarningConfirmation>(p => p.Add(c => c.Validation, validation).Add(c => c.ValueChanged, v => confirmed = v));

        cut.Markup.Should().Contain("I understand this policy is more permissive than it looks (1 security warning)");
        cut.Find("input[type='checkbox']").Change(true);

        confirmed.Should().BeTrue();
        SecurityWarningConfirmation.Allows(validation, confirmed: false).Should().BeFalse();
        SecurityWarningConfirmation.Allows(validation, confirmed: true).Should().BeTrue();
    }

    [Fact]
    public void SecurityWarningConfirmation_WithoutSecurityWarnings_ShowsNothing()
    {
        var validation = Validation(Finding(FindingLevel.Warning));

        _ctx.Render<SecurityWarningConfirmation>(p => p.Add(c => c.Validation, validation)).Markup.Trim().Should().BeEmpty();
        SecurityWarningConfirmation.Allows(validation, confirmed: false).Should().BeTrue();
    }
}
