using System.Diagnostics;
using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests.Organization;

public sealed class OrganizationScaleTests
{
    [Fact]
    public async Task Uniform_FiftyAccountsOfAThousandUsers_SeedsInSecondsInMemory()
    {
        var sw = Stopwatch.StartNew();
        await using var server = await SandboxServer.StartAsync(new SandboxOptions
        {
            SeedUsers = 100, Organization = SandboxOrganizationOptions.Uniform(50, 1000, seed: 9),
        });
        sw.Stop();

        server.Control.Accounts.Should().HaveCount(51);
        var members = server.Control.Accounts.Where(a => !a.IsManagement).ToList();
        members.Select(a => a.Id).Should().OnlyHaveUniqueItems();
        foreach (var m in members)
        {
            var state = server.Control.State(m.Id);
            lock (state.Sync) state.Users.Should().HaveCount(1000);
        }
        sw.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30), "the benchmark organization must start quickly");

        var last = members[^1];
        using var http = new SignedClient(server.BaseUrl);
        var page = await http.CallAsync(last.OperatorAccessKeyId, last.OperatorSecretAccessKey, "ListUsers", ("MaxItems", "1000"));
        page.All("UserName").Should().HaveCount(1000);
        page.All("Arn").Should().OnlyContain(e => e.Value.StartsWith($"arn:aws:iam::{last.Id}:user/", StringComparison.Ordinal));
    }
}
