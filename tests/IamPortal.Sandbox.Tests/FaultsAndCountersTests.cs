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

    [SkippableFact]
    public async Task FailAlways_over_http_makes_the_cli_get_AccessDenied_for_one_action_until_it_is_deleted()
    {
        const string user = "break-glass-admin";
        using var fault = JsonContent.Create(new { code = "AccessDenied" });
        var set = await fx.Http.Raw.PutAsync("/_sandbox/fail-always/ListServiceSpecificCredentials", fault);
        set.EnsureSuccessStatusCode();
        (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("httpStatus").GetInt32().Should().Be(403);
        try
        {
            fx.Server.Control.ResetCounters();
            for (var call = 0; call < 3; call++)
            {
                var denied = await fx.Cli.RunAsync("iam", "list-service-specific-credentials", "--user-name", user);
                denied.ExitCode.Should().NotBe(0);
                denied.ErrorCode.Should().Be("AccessDenied");
            }
            fx.Server.Control.RequestCounts["ListServiceSpecificCredentials"].Should().Be(3, "the CLI does not retry AccessDenied either");
            (await fx.Cli.RunAsync("iam", "list-ssh-public-keys", "--user-name", user)).ShouldSucceed(); // only that action fails
            (await fx.Http.Raw.GetFromJsonAsync<JsonElement>("/_sandbox/fail-always"))
                .GetProperty("ListServiceSpecificCredentials").GetProperty("code").GetString().Should().Be("AccessDenied");
        }
        finally
        {
            (await fx.Http.Raw.DeleteAsync("/_sandbox/fail-always/ListServiceSpecificCredentials")).EnsureSuccessStatusCode();
        }
        (await fx.Cli.RunAsync("iam", "list-service-specific-credentials", "--user-name", user)).ShouldSucceed()
            .Json.GetProperty("ServiceSpecificCredentials").GetArrayLength().Should().Be(0);
        fx.Server.Control.FailingActions.Should().BeEmpty();
    }

    [SkippableFact]
    public async Task FailAlways_NotImplemented_answers_501_which_the_cli_does_not_retry()
    {
        fx.Server.Control.FailAlways("ListServiceSpecificCredentials", "NotImplemented");
        try
        {
            var raw = await fx.Http.CallAsync("ListServiceSpecificCredentials", ("UserName", "break-glass-admin"));
            raw.Status.Should().Be(501);
            raw.ErrorCode.Should().Be("NotImplemented");
            raw.Value("Type").Should().Be("Receiver");

            fx.Server.Control.ResetCounters();
            var cli = fx.Cli.WithEnvironment(("AWS_RETRY_MODE", "standard"), ("AWS_MAX_ATTEMPTS", "3"));
            (await cli.RunAsync("iam", "list-service-specific-credentials", "--user-name", "break-glass-admin"))
                .ErrorCode.Should().Be("NotImplemented");
            fx.Server.Control.RequestCounts["ListServiceSpecificCredentials"].Should().Be(1);
        }
        finally
        {
            fx.Server.Control.StopFailing("ListServiceSpecificCredentials");
        }
        (await fx.Http.CallAsync("ListServiceSpecificCredentials", ("UserName", "break-glass-admin"))).Status.Should().Be(200);
    }

    [Fact]
    public async Task FailAlways_answers_queued_FailNext_first_and_StopFailing_clears_only_its_action()
    {
        var control = fx.Server.Control;
        control.FailAlways("ListAccountAliases", "ServiceUnavailable");
        control.FailAlways("GetAccountSummary", "InternalFailure", 502);
        control.FailNext("ListAccountAliases", "Throttling", 1);
        try
        {
            (await fx.Http.CallAsync("ListAccountAliases")).ErrorCode.Should().Be("Throttling");
            for (var call = 0; call < 2; call++)
            {
                var r = await fx.Http.CallAsync("ListAccountAliases");
                (r.Status, r.ErrorCode).Should().Be((503, "ServiceUnavailable"));
            }
            control.FailingActions.Should().ContainKey("GetAccountSummary").WhoseValue.Should().Be(new SandboxFailure("InternalFailure", 502));

            control.StopFailing("ListAccountAliases");

            (await fx.Http.CallAsync("ListAccountAliases")).Status.Should().Be(200);
            (await fx.Http.CallAsync("GetAccountSummary")).Status.Should().Be(502);
        }
        finally
        {
            control.StopFailing("ListAccountAliases");
            control.StopFailing("GetAccountSummary");
        }
        (await fx.Http.CallAsync("GetAccountSummary")).Status.Should().Be(200);
    }

    [Theory]
    [InlineData("{\"status\":403}")]
    [InlineData("{\"code\":\"AccessDenied\",\"status\":200}")]
    [InlineData("{\"code\":\" \"}")]
    [InlineData("")]
    public async Task FailAlways_over_http_refuses_a_missing_code_or_a_status_that_is_not_an_error(string body)
    {
        using var content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");

        var response = await fx.Http.Raw.PutAsync("/_sandbox/fail-always/ListUsers", content);

        ((int)response.StatusCode).Should().Be(400);
        fx.Server.Control.FailingActions.Should().NotContainKey("ListUsers");
    }
}
