using Bunit;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Web.Components.Risk;

namespace IamPortal.Web.Tests.Components.Risk;

public sealed class RiskSeverityChipTests : IAsyncLifetime
{
    private readonly BunitContext _ctx = PortalTestContext.Create();

    [Theory]
    [InlineData(RiskSeverity.Critical, "Critical")]
    [InlineData(RiskSeverity.High, "High")]
    [InlineData(RiskSeverity.Medium, "Medium")]
    [InlineData(RiskSeverity.Low, "Low")]
    [InlineData(RiskSeverity.None, "None")]
    public void Render_EachSeverity_ShowsItsWordAndNamesIt(RiskSeverity severity, string word)
    {
        var chip = _ctx.Render<RiskSeverityChip>(p => p.Add(x => x.Severity, severity));

        var root = chip.Find("[data-testid=risk-severity]");
        root.TextContent.Trim().Should().Be(word);
        root.GetAttribute("aria-label").Should().Be($"Risk: {word}");
        chip.FindAll("svg").Should().NotBeEmpty("the level is shown by an icon too, not by colour alone");
    }

    [Fact]
    public void Render_CriticalAndLow_UseDifferentColours()
    {
        var critical = _ctx.Render<RiskSeverityChip>(p => p.Add(x => x.Severity, RiskSeverity.Critical)).Find("[data-testid=risk-severity]");
        var low = _ctx.Render<RiskSeverityChip>(p => p.Add(x => x.Severity, RiskSeverity.Low)).Find("[data-testid=risk-severity]");

        critical.ClassList.Should().Contain(c => c.Contains("error"));
        low.ClassList.Should().NotContain(c => c.Contains("error"));
    }

    [Fact]
    public void Render_WithLabel_NamesWhatTheSeverityIsOf()
    {
        var chip = _ctx.Render<RiskSeverityChip>(p => p.Add(x => x.Severity, RiskSeverity.High).Add(x => x.Label, "Severity"));

        chip.Find("[data-testid=risk-severity]").GetAttribute("aria-label").Should().Be("Severity: High");
    }

    public Task InitializeAsync() => Task.CompletedTask;
    public async Task DisposeAsync() => await _ctx.DisposeAsync();
}
