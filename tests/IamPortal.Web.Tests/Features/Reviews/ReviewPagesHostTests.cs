using System.Net;
using IamPortal.Web.Tests.Host;

namespace IamPortal.Web.Tests.Features.Reviews;

/// <summary>The review pages served by the real host in demo mode (real services, store and Sandbox), prerendered for the Security admin.</summary>
public sealed class ReviewPagesHostTests(DemoPortalFactory factory) : IClassFixture<DemoPortalFactory>
{
    [Theory]
    [InlineData("/reviews", "Access reviews")]
    [InlineData("/reviews/my-groups", "My groups")]
    [InlineData("/reviews/campaigns", "Review campaigns")]
    [InlineData("/reviews/campaigns/new", "New review campaign")]
    [InlineData("/groups", "IAM groups")]
    public async Task ReviewPage_Get_RendersWithoutAFailedSection(string path, string heading)
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        html.Should().Contain(heading).And.NotContain("could not be loaded").And.NotContain("could not be read");
    }

    [Fact]
    public async Task GroupsPage_DemoOwners_ShowsOwnersColumnWithAnOrphanedGroup()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync("/groups");

        html.Should().Contain("Owners").And.Contain("groups-orphaned-filter");
    }
}
