using IamPortal.Application.Iam;
using IamPortal.Infrastructure.Aws;

namespace IamPortal.Infrastructure.Tests.Aws;

public sealed class RetryDelayTests
{
    [Theory]
    [InlineData(0, 200)]
    [InlineData(1, 400)]
    [InlineData(3, 1600)]
    [InlineData(10, 5000)]
    public void FullJitter_ManySamples_StayWithinCappedExponentialCeiling(int retryIndex, double ceilingMs)
    {
        var random = new Random(1);
        var delays = Enumerable.Range(0, 500).Select(_ => RetryDelay.FullJitter(retryIndex, 200, 5000, random).TotalMilliseconds).ToList();

        delays.Should().OnlyContain(d => d >= 0 && d <= ceilingMs);
        delays.Max().Should().BeGreaterThan(ceilingMs * 0.8, "full jitter spreads over the whole range");
    }

    [Theory]
    [InlineData("Throttling", 400, true)]
    [InlineData("ThrottlingException", 400, true)]
    [InlineData("RequestLimitExceeded", 400, true)]
    [InlineData("TooManyRequestsException", 400, true)]
    [InlineData("ServiceFailure", 500, true)]
    [InlineData("ServiceUnavailable", 503, true)]
    [InlineData("TooManyRequests", 400, true)]
    [InlineData("TooManyRequests", 429, true)]
    [InlineData("Http429", 429, true)]
    [InlineData("Http502", 502, true)]
    [InlineData("NoSuchEntity", 404, false)]
    [InlineData("SignatureDoesNotMatch", 403, false)]
    [InlineData("InvalidClientTokenId", 403, false)]
    [InlineData("AccessDenied", 403, false)]
    [InlineData("ValidationError", 400, false)]
    [InlineData("LimitExceeded", 409, false)]
    [InlineData("ConcurrentModification", 409, false)]
    [InlineData("NotImplemented", 501, false)]
    [InlineData("Http501", 501, false)]
    [InlineData("NotImplemented", 500, false)]
    [InlineData("MalformedResponse", 0, false)]
    public void IsTransient_IamError_RetriesOnlyThrottlingAndServerErrors(string code, int status, bool expected)
    {
        AwsCallPipeline.IsTransient(IamException.From(code, "m", null, status), CancellationToken.None).Should().Be(expected);
    }

    [Fact]
    public void IsTransient_EndpointUnreachable_IsTransientForTheCallerThoughTheTransportHasAlreadyRetried()
    {
        new IamException(IamErrorCodes.EndpointUnreachable, "m").IsTransient.Should().BeTrue();
    }

    [Fact]
    public void IsTransient_NetworkError_IsRetried()
    {
        AwsCallPipeline.IsTransient(new HttpRequestException("refused"), CancellationToken.None).Should().BeTrue();
    }
}
