using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Jobs;

public sealed class JobTelemetryTests : IDisposable
{
    private readonly TelemetryRecorder _recorder = new(null, JobTelemetry.Name);

    public void Dispose() => _recorder.Dispose();

    private JobRunner Runner() =>
        new(new MemoryJobStore(), new JobProgress(), new FakeTimeProvider(Sample.Now), new JobTelemetry(_recorder.Factory));

    private static Job NewJob(params string[] stepKinds) => Job.Create("Offboarding", "alice", "Offboard alice", "op", Sample.Now, JobData.Empty,
        stepKinds.Select(k => (k, k, JobData.Empty)), FakeAccounts.AccountId);

    [Fact]
    public async Task RunAsync_DoneThenWaiting_CountsAndTimesEachStepByKindAndOutcome()
    {
        await Runner().RunAsync(NewJob("DeleteLoginProfile", "AwaitApproval", "DeleteUser"), (context, _) => Task.FromResult(
            context.Step.Kind == "AwaitApproval" ? StepOutcome.Waiting("a second admin approves") : StepOutcome.Done()));

        var steps = _recorder.Of(JobTelemetry.StepsMetric);
        steps.Select(m => ((string?)m["job.kind"], (string?)m["step.kind"], (string?)m["outcome"], m.Value)).Should().Equal(
            ("Offboarding", "DeleteLoginProfile", "done", 1d),
            ("Offboarding", "AwaitApproval", "waiting", 1d));
        steps.Should().OnlyContain(m => !m.Tags.ContainsKey("error.type"));
        var durations = _recorder.Of(JobTelemetry.StepDurationMetric);
        durations.Should().HaveCount(2).And.OnlyContain(m => m.Value >= 0 && m.Value < 10);
        durations.Select(m => m["step.kind"]).Should().Equal("DeleteLoginProfile", "AwaitApproval");
    }

    [Fact]
    public async Task RunAsync_StepThrowsIamError_CountsItFailedWithTheCodeOnAFailedSpan()
    {
        await Runner().RunAsync(NewJob("DeleteUser"), (_, _) => throw new IamAccessDeniedException("not allowed"));

        var failed = _recorder.Of(JobTelemetry.StepsMetric).Should().ContainSingle().Subject;
        (failed["step.kind"], failed["outcome"], failed["error.type"]).Should().Be(("DeleteUser", "failed", "AccessDenied"));
        _recorder.Of(JobTelemetry.StepDurationMetric).Should().ContainSingle().Which["error.type"].Should().Be("AccessDenied");
        var span = _recorder.Spans.Should().ContainSingle().Subject;
        span.DisplayName.Should().Be("Offboarding DeleteUser");
        span.Status.Should().Be(System.Diagnostics.ActivityStatusCode.Error);
        span.GetTagItem("outcome").Should().Be("failed");
    }

    [Fact]
    public async Task RunAsync_Cancelled_CountsTheRunningStepCancelled()
    {
        using var cts = new CancellationTokenSource();

        var act = () => Runner().RunAsync(NewJob("DeleteUser"), (_, _) => { cts.Cancel(); throw new OperationCanceledException(cts.Token); }, cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        _recorder.Of(JobTelemetry.StepsMetric).Should().ContainSingle().Which["outcome"].Should().Be("cancelled");
    }
}
