using System.Diagnostics;
using System.Diagnostics.Metrics;
using IamPortal.Application.Iam;
using IamPortal.Application.Tests.Fakes;
using IamPortal.Infrastructure.Aws;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Infrastructure.Tests.Aws;

/// <summary>The IAM client's meter and spans, over real HTTP against the Sandbox.</summary>
public sealed class IamTelemetryTests(IamTargetFixture target) : IClassFixture<IamTargetFixture>
{
    private static (IIamClient Client, TelemetryRecorder Recorder) Measured(IamTargetFixture target)
    {
        var services = target.Services();
        return (services.GetRequiredService<IIamClient>(), new TelemetryRecorder(services.GetRequiredService<IMeterFactory>(), IamTelemetry.Name));
    }

    [SkippableFact]
    public async Task ListUsersAsync_OneCall_IsCountedAndTimedWithItsActionOnAClientSpan()
    {
        target.RequireSandbox();
        var (client, recorder) = Measured(target);
        using var _ = recorder;

        await client.ListUsersAsync();

        var call = recorder.Of(IamTelemetry.CallsMetric).Should().ContainSingle().Subject;
        (call.Value, call["iam.action"], call["outcome"]).Should().Be((1d, "ListUsers", "success"));
        call.Tags.Should().NotContainKey("error.type");
        var duration = recorder.Of(IamTelemetry.CallDurationMetric).Should().ContainSingle().Subject;
        duration["iam.action"].Should().Be("ListUsers");
        duration.Value.Should().BeInRange(0.000_001, 10, "seconds, measured around the HTTP call");
        recorder.Of(IamTelemetry.RetriesMetric).Should().BeEmpty();
        var span = recorder.Spans.Should().ContainSingle().Subject;
        (span.DisplayName, span.Kind, span.GetTagItem("rpc.method"), span.GetTagItem("iam.attempts")).Should().Be(("IAM ListUsers", ActivityKind.Client, "ListUsers", 1));
        span.GetTagItem("aws.request_id").Should().NotBeNull();
    }

    [SkippableFact]
    public async Task GetAccountSummaryAsync_ThrottledThenRetried_RecordsTheThrottleTheRetryAndOneSuccessfulCall()
    {
        target.RequireSandbox();
        var (client, recorder) = Measured(target);
        using var _ = recorder;
        target.Control.FailNext("GetAccountSummary", "Throttling", 1);

        await client.GetAccountSummaryAsync();

        var throttle = recorder.Of(IamTelemetry.ThrottlesMetric).Should().ContainSingle().Subject;
        (throttle["iam.action"], throttle["error.type"]).Should().Be(("GetAccountSummary", "Throttling"));
        var retry = recorder.Of(IamTelemetry.RetriesMetric).Should().ContainSingle().Subject;
        (retry.Value, retry["iam.action"], retry["error.type"]).Should().Be((1d, "GetAccountSummary", "Throttling"));
        var call = recorder.Of(IamTelemetry.CallsMetric).Should().ContainSingle().Subject;
        (call["iam.action"], call["outcome"]).Should().Be(("GetAccountSummary", "success"));
        var span = recorder.Spans.Should().ContainSingle().Subject;
        span.GetTagItem("iam.attempts").Should().Be(2);
        span.Events.Should().ContainSingle(e => e.Name == "retry").Which.Tags.Should().Contain(new KeyValuePair<string, object?>("error.type", "Throttling"));
    }

    [SkippableFact]
    public async Task GetAccountSummaryAsync_AccessDenied_IsCountedAsAnErrorWithItsCodeAndNotRetried()
    {
        target.RequireSandbox();
        var (client, recorder) = Measured(target);
        using var _ = recorder;
        target.Control.FailNext("GetAccountSummary", "AccessDenied", 1);

        var act = () => client.GetAccountSummaryAsync();

        await act.Should().ThrowAsync<IamAccessDeniedException>();
        var call = recorder.Of(IamTelemetry.CallsMetric).Should().ContainSingle().Subject;
        (call["outcome"], call["error.type"]).Should().Be(("error", "AccessDenied"));
        recorder.Of(IamTelemetry.RetriesMetric).Should().BeEmpty();
        recorder.Spans.Should().ContainSingle().Which.Status.Should().Be(ActivityStatusCode.Error);
    }
}
