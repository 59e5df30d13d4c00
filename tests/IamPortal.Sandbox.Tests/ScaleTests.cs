using System.Diagnostics;
using System.Xml.Linq;
using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests;

public sealed class LargeAccountFixture : SandboxFixture
{
    protected override int SeedUsers => 10_000;
}

public sealed class ScaleTests(LargeAccountFixture fx) : IClassFixture<LargeAccountFixture>
{
    [Fact]
    public async Task Authorization_details_page_through_ten_thousand_users()
    {
        await fx.Http.CallAsync("GetAccountAuthorizationDetails", ("Filter.member.1", "User"), ("MaxItems", "10"));
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        string? marker = null;
        var pages = 0;
        var slowest = TimeSpan.Zero;
        do
        {
            var args = new List<(string, string)> { ("Filter.member.1", "User"), ("MaxItems", "1000") };
            if (marker is not null) args.Add(("Marker", marker));
            var sw = Stopwatch.StartNew();
            var page = await fx.Http.CallAsync("GetAccountAuthorizationDetails", [.. args]);
            sw.Stop();
            if (sw.Elapsed > slowest) slowest = sw.Elapsed;
            page.Status.Should().Be(200);
            foreach (var u in page.All("UserDetailList").Elements(IamResponse.Iam + "member"))
                names.Add(u.Element(IamResponse.Iam + "UserName")!.Value).Should().BeTrue();
            marker = page.Value("IsTruncated") == "true" ? page.Value("Marker") : null;
            pages++;
        }
        while (marker is not null);
        names.Should().HaveCount(10_000);
        pages.Should().Be(10);
        slowest.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task Credential_report_of_ten_thousand_users_is_fast()
    {
        var sw = Stopwatch.StartNew();
        (await fx.Http.CallAsync("GenerateCredentialReport")).Status.Should().Be(200);
        var report = await fx.Http.CallAsync("GetCredentialReport");
        sw.Stop();
        var csv = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(report.Value("Content")!));
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(10_002);
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(1));
    }
}
