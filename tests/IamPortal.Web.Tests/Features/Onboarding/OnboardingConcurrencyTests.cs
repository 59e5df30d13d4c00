using IamPortal.Application.Commands;
using IamPortal.Application.Jobs;
using IamPortal.Application.Onboarding;
using IamPortal.Application.Operators;
using IamPortal.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Onboarding;

/// <summary>Two tabs onboarding one name over HTTP against the Sandbox: one job runs, the other is refused and hears nothing of it.</summary>
public sealed class OnboardingConcurrencyTests(OnboardingFlowFixture fixture) : IClassFixture<OnboardingFlowFixture>
{
    private sealed class Recorder : IProgress<Job>
    {
        public List<Job> Seen { get; } = [];
        public TaskCompletionSource Running { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Report(Job value)
        {
            lock (Seen) Seen.Add(value);
            if (value.Steps.Any(s => s.Status == StepStatus.Running)) Running.TrySetResult();
        }
    }

    private static OnboardingRequest Request(string name) => new()
    {
        UserName = name, Path = "/", ConsoleAccess = false, ProgrammaticAccess = true, Groups = ["all-staff"],
        Tags = [new("Department", "Engineering"), new("CostCenter", "CC-1100"), new("Owner", "cto@example.com")],
    };

    [SkippableFact]
    public async Task TwoTabsSameName_SecondRefusedNamingTheFirst_AndFollowsOnlyItsOwnJob()
    {
        const string user = "two.tabs";
        await using var tab1 = fixture.Services.CreateAsyncScope();
        await using var tab2 = fixture.Services.CreateAsyncScope();
        var first = new Recorder();
        var second = new Recorder();
        fixture.Sandbox.Control.Faults = new SandboxFaults(LatencyMs: 1500, Actions: ["CreateUser"]);
        CommandResult<OnboardingRun> refused, done;
        try
        {
            var run = tab1.ServiceProvider.GetRequiredService<IOnboardingService>().StartAsync(Request(user), observer: first);
            await first.Running.Task.WaitAsync(TimeSpan.FromSeconds(30));
            refused = await tab2.ServiceProvider.GetRequiredService<IOnboardingService>().StartAsync(Request(user), observer: second);
            done = await run;
        }
        finally
        {
            fixture.Sandbox.Control.Faults = new SandboxFaults();
        }

        done.Succeeded.Should().BeTrue(done.Error);
        refused.Value.Should().BeNull();
        refused.Conflict.Should().NotBeNull(string.Join(" ", refused.Errors.Values) + refused.Error);
        refused.Conflict!.JobId.Should().Be(done.Value!.Job.Id);
        refused.Error.Should().Contain("running right now");
        second.Seen.Should().BeEmpty("the refused tab never shows the other tab's steps");
        first.Seen.Should().OnlyContain(j => j.Id == done.Value!.Job.Id);
        (await fixture.Cli.RunAsync("iam", "list-access-keys", "--user-name", user)).Json.GetProperty("AccessKeyMetadata").GetArrayLength().Should().Be(1);
    }
}
