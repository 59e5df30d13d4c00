using System.Diagnostics;
using System.Xml.Linq;
using IamPortal.Sandbox.Operations;
using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests;

public sealed class LargeAccountFixture : SandboxFixture
{
    protected override int SeedUsers => 10_000;
}

/// <summary>
/// 10,000-user account. Timings cover the HTTP exchange (request to last response byte, not the test's XML
/// parsing) and take the median or best of a few runs so a busy shared machine does not fail them.
/// </summary>
public sealed class ScaleTests(LargeAccountFixture fx) : IClassFixture<LargeAccountFixture>
{
    [Fact]
    public async Task Authorization_details_page_through_ten_thousand_users()
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pageTimes = new List<TimeSpan>();
        string? marker = null;
        do
        {
            var args = new List<(string, string)> { ("Filter.member.1", "User"), ("MaxItems", "1000") };
            if (marker is not null) args.Add(("Marker", marker));
            var page = await fx.Http.CallAsync("GetAccountAuthorizationDetails", [.. args]);
            pageTimes.Add(page.Elapsed);
            page.Status.Should().Be(200);
            foreach (var u in page.All("UserDetailList").Elements(IamResponse.Iam + "member"))
                names.Add(u.Element(IamResponse.Iam + "UserName")!.Value).Should().BeTrue("no user is returned twice");
            marker = page.Value("IsTruncated") == "true" ? page.Value("Marker") : null;
        }
        while (marker is not null);
        names.Should().HaveCount(10_000);
        pageTimes.Should().HaveCount(10);
        pageTimes.Order().ElementAt(pageTimes.Count / 2).Should().BeLessThan(TimeSpan.FromSeconds(1), "the median page of 1,000 users");
    }

    [Fact]
    public async Task Credential_report_of_ten_thousand_users_is_fast()
    {
        (await fx.Http.CallAsync("GenerateCredentialReport")).Value("State").Should().Be("STARTED");
        var best = TimeSpan.MaxValue;
        IamResponse? report = null;
        for (var i = 0; i < 3; i++)
        {
            report = await fx.Http.CallAsync("GetCredentialReport");
            if (report.Elapsed < best) best = report.Elapsed;
        }
        var csv = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(report!.Value("Content")!));
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(10_002);
        best.Should().BeLessThan(TimeSpan.FromSeconds(1));

        var build = TimeSpan.MaxValue;
        var state = new IamPortal.Sandbox.State.IamState();
        IamPortal.Sandbox.Seed.AccountSeeder.Seed(state, 10_000, 42, DateTimeOffset.UtcNow);
        for (var i = 0; i < 3; i++)
        {
            var sw = Stopwatch.StartNew();
            CredentialReportOperations.Build(state);
            if (sw.Elapsed < build) build = sw.Elapsed;
        }
        build.Should().BeLessThan(TimeSpan.FromSeconds(1), "generating the report");
    }
}
