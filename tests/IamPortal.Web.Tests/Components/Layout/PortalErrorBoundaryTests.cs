using Bunit;
using IamPortal.Web.Components.Layout;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Tests.Components.Layout;

public sealed class PortalErrorBoundaryTests
{
    private sealed class FailingComponent : ComponentBase
    {
        protected override void OnInitialized() => throw new InvalidOperationException("boom");
    }

    [Fact]
    public async Task Render_ChildThrows_ShowsFriendlyMessageInsteadOfCrashing()
    {
        await using var ctx = PortalTestContext.Create();

        var cut = ctx.Render<PortalErrorBoundary>(p => p.AddChildContent<FailingComponent>());

        cut.Markup.Should().Contain("This part of the page stopped working").And.NotContain("boom");
        cut.FindAll("button").Should().Contain(b => b.TextContent.Contains("Try again"));
    }
}
