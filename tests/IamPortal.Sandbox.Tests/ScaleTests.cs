using System.Xml.Linq;
using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests;

public sealed class LargeAccountFixture : SandboxFixture
{
    protected override int SeedUsers => 10_000;
}

/// <summary>
/// A 10,000-user account answers completely and correctly. How fast it answers is measured in
/// tests/IamPortal.Benchmarks, not asserted here.
/// </summary>
public sealed class ScaleTests(LargeAccountFixture fx) : IClassFixture<LargeAccountFixture>
{
    [Fact]
    public async Task GetAccountAuthorizationDetails_TenThousandUsers_PagesThroughEveryUserOnce()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pages = 0;
        string? marker = null;
        do
        {
            var args = new List<(string, string)> { ("Filter.member.1", "User"), ("MaxItems", "1000") };
            if (marker is not null) args.Add(("Marker", marker));
            var page = await fx.Http.CallAsync("GetAccountAuthorizationDetails", [.. args]);
            pages++;
            page.Status.Should().Be(200);
            foreach (var u in page.All("UserDetailList").Elements(IamResponse.Iam + "member"))
                names.Add(u.Element(IamResponse.Iam + "UserName")!.Value).Should().BeTrue("no user is returned twice");
            marker = page.Value("IsTruncated") == "true" ? page.Value("Marker") : null;
        }
        while (marker is not null);
        names.Should().HaveCount(10_000);
        pages.Should().Be(10);
    }

    [Fact]
    public async Task GetCredentialReport_TenThousandUsers_HasARowPerUserAndRoot()
    {
        (await fx.Http.CallAsync("GenerateCredentialReport")).Value("State").Should().Be("STARTED");
        var report = await fx.Http.CallAsync("GetCredentialReport");

        var csv = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(report.Value("Content")!));
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(10_002, "header, root and 10,000 users");
    }
}
