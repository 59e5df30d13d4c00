using System.Net;
using IamPortal.Web.Features.Policies;
using IamPortal.Web.Tests.Host;

namespace IamPortal.Web.Tests.Features.Policies;

/// <summary>The policy pages in the real demo host over HTTP, against its Sandbox (prerendered HTML).</summary>
public sealed class PolicyPagesHostTests(DemoPortalFactory factory) : IClassFixture<DemoPortalFactory>
{
    private const string ReadOnlyAccess = "arn:aws:iam::aws:policy/ReadOnlyAccess";

    [Fact]
    public async Task Policies_Get_ListsAwsManagedPoliciesFromTheSandbox()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync("/policies");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("<title>Policies").And.Contain("data-testid=\"policies-table\"").And.Contain("AWS managed");
        html.Should().Contain("data-testid=\"create-policy\"");
    }

    [Fact]
    public async Task PolicyDetail_AwsManagedPolicy_ShowsItsDocumentSummaryAndVersions()
    {
        using var client = factory.CreateClient();

        var response = await client.GetAsync(PolicyRoutes.Detail(ReadOnlyAccess));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        html.Should().Contain("data-testid=\"policy-name\"").And.Contain("ReadOnlyAccess");
        html.Should().Contain("data-testid=\"policy-document\"").And.Contain("json-key");
        html.Should().NotContain("data-testid=\"edit-policy\"", "AWS managed policies are not edited");
    }

    [Fact]
    public async Task PolicyDetail_UnknownPolicy_SaysNotFound()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(PolicyRoutes.Detail("arn:aws:iam::123456789012:policy/not-there"));

        html.Should().Contain("data-testid=\"policy-not-found\"");
    }

    [Fact]
    public async Task NewPolicy_Get_ShowsTheEditorWithNameAndPath()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync(PolicyRoutes.New);

        html.Should().Contain("Create policy").And.Contain("data-testid=\"policy-editor\"");
    }
}
