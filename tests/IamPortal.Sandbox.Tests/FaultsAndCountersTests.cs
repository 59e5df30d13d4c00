using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests;

public sealed class FaultsAndCountersTests(SandboxFixture fx) : IClassFixture<SandboxFixture>
{
    [SkippableFact]
    public async Task Throttle_rate_one_makes_the_cli_give_up_with_Throttling_after_its_retries()
    {
        fx.Server.Control.Faults = new SandboxFaults(ThrottleRate: 1.0, Actions: ["ListGroups"]);
        try
        {
            fx.Server.Control.ResetCounters();
            var cli = fx.Cli.WithEnvironment(("AWS_RETRY_MODE", "standard"), ("AWS_MAX_ATTEMPTS", "3"));
            var r = await cli.RunAsync("iam", "list-groups");
            r.ErrorCode.Should().Be("Throttling");
            fx.Server.Control.RequestCounts["ListGroups"].Should().Be(3, "the CLI retried twice");
            (await fx.Cli.RunAsync("iam", "list-users", "--max-items", "1")).ShouldSucceed(); // faults are restricted to ListGroups
        }
        finally
        {
            fx.Server.Control.Faults = new SandboxFaults();
        }
    }

    [SkippableFact]
    public async Task FailNext_fails_exactly_the_next_calls_of_one_action()
    {
        fx.Server.Control.FailNext("CreateGroup", "ConcurrentModification", 1);
        var first = await fx.Cli.RunAsync("iam", "create-group", "--group-name", "flaky-group");
        first.ErrorCode.Should().Be("ConcurrentModification");
        (await fx.Cli.RunAsync("iam", "create-group", "--group-name", "flaky-group")).ShouldSucceed();
    }

    [Fact]
    public async Task Counters_faults_and_fail_next_over_the_admin_endpoints()
    {
        (await fx.Http.Raw.PostAsync("/_sandbox/stats/reset", null)).EnsureSuccessStatusCode();
        await fx.Http.CallAsync("GetAccountSummary");
        await fx.Http.CallAsync("GetAccountSummary");
        await fx.Http.CallAsync("ListAccountAliases");
        fx.Server.Control.RequestCounts["GetAccountSummary"].Should().Be(2);
        var stats = await fx.Http.Raw.GetFromJsonAsync<JsonElement>("/_sandbox/stats");
        stats.GetProperty("total").GetInt64().Should().Be(3);
        stats.GetProperty("actions").GetProperty("ListAccountAliases").GetInt64().Should().Be(1);

        using var failNext = JsonContent.Create(new { action = "GetAccountSummary", code = "ServiceFailure", times = 2 });
        (await fx.Http.Raw.PostAsync("/_sandbox/fail-next", failNext)).EnsureSuccessStatusCode();
        var failed = await fx.Http.CallAsync("GetAccountSummary");
        failed.Status.Should().Be(500);
        failed.ErrorCode.Should().Be("ServiceFailure");
        failed.Value("Type").Should().Be("Receiver");
        (await fx.Http.CallAsync("GetAccountSummary")).Status.Should().Be(500);
        (await fx.Http.CallAsync("GetAccountSummary")).Status.Should().Be(200);

        using var latency = JsonContent.Create(new { latencyMs = 300, actions = new[] { "ListAccountAliases" } });
        (await fx.Http.Raw.PutAsync("/_sandbox/faults", latency)).EnsureSuccessStatusCode();
        try
        {
            var sw = Stopwatch.StartNew();
            (await fx.Http.CallAsync("ListAccountAliases")).Status.Should().Be(200);
            sw.ElapsedMilliseconds.Should().BeGreaterThanOrEqualTo(290);
        }
        finally
        {
            fx.Server.Control.Faults = new SandboxFaults();
        }
        (await fx.Http.Raw.GetStringAsync("/_sandbox/health")).Should().Contain("ok");
        using var invalid = JsonContent.Create(new { throttleRate = 2.0 });
        ((int)(await fx.Http.Raw.PutAsync("/_sandbox/faults", invalid)).StatusCode).Should().Be(400);
    }

    [Fact]
    public async Task Server_error_rate_answers_500_ServiceFailure()
    {
        fx.Server.Control.Faults = new SandboxFaults(ServerErrorRate: 1.0, Actions: ["GetLoginProfile"]);
        try
        {
            var r = await fx.Http.CallAsync("GetLoginProfile", ("UserName", "break-glass-admin"));
            r.Status.Should().Be(500);
            r.ErrorCode.Should().Be("ServiceFailure");
        }
        finally
        {
            fx.Server.Control.Faults = new SandboxFaults();
        }
        (await fx.Http.CallAsync("GetLoginProfile", ("UserName", "break-glass-admin"))).Status.Should().Be(200);
    }
}
