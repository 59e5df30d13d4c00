using System.Diagnostics;
using IamPortal.Application.Iam;
using IamPortal.Infrastructure.Aws;
using IamPortal.Sandbox;

namespace IamPortal.Infrastructure.Tests.Aws;

/// <summary>Retries, timeouts, cancellation and authentication failures over real HTTP.</summary>
public sealed class IamResilienceTests(IamTargetFixture target) : IClassFixture<IamTargetFixture>, IDisposable
{
    public void Dispose()
    {
        if (target.IsExternal) return;
        target.Control.Faults = new SandboxFaults();
        foreach (var action in target.Control.FailingActions.Keys) target.Control.StopFailing(action);
    }

    private IIamClient Client(int maxRetries = 3, string timeout = "00:00:10") => target.Client(s =>
    {
        s["Iam:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture);
        s["Iam:Timeout"] = timeout;
    });

    [SkippableFact]
    public async Task ListUsersAsync_ThrottledTwice_SucceedsOnTheThirdAttempt()
    {
        target.RequireSandbox();
        target.Control.ResetCounters();
        target.Control.FailNext("ListUsers", "Throttling", 2);

        var users = await Client(maxRetries: 4).ListUsersAsync();

        users.Should().HaveCount(40);
        target.Control.RequestCounts["ListUsers"].Should().Be(3);
    }

    [SkippableTheory]
    [InlineData("ThrottlingException")]
    [InlineData("RequestLimitExceeded")]
    [InlineData("TooManyRequestsException")]
    [InlineData("ServiceFailure")]
    [InlineData("ServiceUnavailable")]
    public async Task GetAccountSummaryAsync_TransientErrorOnce_IsRetried(string code)
    {
        target.RequireSandbox();
        target.Control.ResetCounters();
        target.Control.FailNext("GetAccountSummary", code, 1);

        await Client().GetAccountSummaryAsync();

        target.Control.RequestCounts["GetAccountSummary"].Should().Be(2);
    }

    [SkippableFact]
    public async Task GetAccountSummaryAsync_PermanentThrottle_ThrowsThrottlingAfterMaxRetriesPlusOneAttempts()
    {
        target.RequireSandbox();
        target.Control.ResetCounters();
        target.Control.Faults = new SandboxFaults(ThrottleRate: 1.0, Actions: ["GetAccountSummary"]);

        var act = () => Client(maxRetries: 2).GetAccountSummaryAsync();

        var error = (await act.Should().ThrowAsync<ThrottlingException>()).Which;
        error.Code.Should().Be(IamErrorCodes.Throttling);
        error.HttpStatus.Should().Be(400);
        target.Control.RequestCounts["GetAccountSummary"].Should().Be(3);
    }

    [SkippableFact]
    public async Task ListGroupsAsync_PermanentServerError_ThrowsServiceFailureAfterRetries()
    {
        target.RequireSandbox();
        target.Control.ResetCounters();
        target.Control.Faults = new SandboxFaults(ServerErrorRate: 1.0, Actions: ["ListGroups"]);

        var act = () => Client(maxRetries: 1).ListGroupsAsync();

        var error = (await act.Should().ThrowAsync<IamException>()).Which;
        error.Code.Should().Be(IamErrorCodes.ServiceFailure);
        error.HttpStatus.Should().Be(500);
        target.Control.RequestCounts["ListGroups"].Should().Be(2);
    }

    [SkippableFact]
    public async Task GetAccountSummaryAsync_AccessDenied_IsNotRetried()
    {
        target.RequireSandbox();
        target.Control.ResetCounters();
        target.Control.FailNext("GetAccountSummary", "AccessDenied", 1);

        var act = () => Client().GetAccountSummaryAsync();

        (await act.Should().ThrowAsync<IamAccessDeniedException>()).Which.HttpStatus.Should().Be(403);
        target.Control.RequestCounts["GetAccountSummary"].Should().Be(1);
    }

    [SkippableTheory]
    [InlineData("AccessDenied", 403, 1)]
    [InlineData("NotImplemented", 501, 1)]
    [InlineData("ValidationError", 400, 1)]
    [InlineData("InvalidClientTokenId", 403, 1)]
    [InlineData("ServiceFailure", 500, 4)]
    [InlineData("ServiceUnavailable", 503, 4)]
    [InlineData("Throttling", 400, 4)]
    [InlineData("TooManyRequests", 429, 4)]
    public async Task ListServiceSpecificCredentialsAsync_AlwaysFailing_IsTriedOnceWhenPermanentAndMaxRetriesPlusOneWhenTransient(
        string code, int status, int attempts)
    {
        target.RequireSandbox();
        target.Control.ResetCounters();
        target.Control.FailAlways("ListServiceSpecificCredentials", code);

        var act = () => Client(maxRetries: 3).ListServiceSpecificCredentialsAsync("anyone");

        var error = (await act.Should().ThrowAsync<IamException>()).Which;
        (error.Code, error.HttpStatus).Should().Be((code, status));
        error.IsTransient.Should().Be(attempts > 1);
        target.Control.RequestCounts["ListServiceSpecificCredentials"].Should().Be(attempts);
    }

    [SkippableFact]
    public async Task ListServiceSpecificCredentialsAsync_AccessDenied_IsDescribedWithoutTryAgain()
    {
        target.RequireSandbox();
        target.Control.FailAlways("ListServiceSpecificCredentials", "AccessDenied");

        var act = () => Client().ListServiceSpecificCredentialsAsync("anyone");

        var message = IamErrorMessages.Describe((await act.Should().ThrowAsync<IamAccessDeniedException>()).Which);
        message.Should().Contain("not allowed").And.Contain("ListServiceSpecificCredentials").And.NotContainEquivalentOf("try again");
    }

    [SkippableFact]
    public async Task ListUsersAsync_SlowerThanTimeout_ThrowsEndpointUnreachable()
    {
        target.RequireSandbox();
        target.Control.Faults = new SandboxFaults(LatencyMs: 3000, Actions: ["ListUsers"]);

        var act = () => Client(maxRetries: 1, timeout: "00:00:00.200").ListUsersAsync();

        var error = (await act.Should().ThrowAsync<IamException>()).Which;
        error.Code.Should().Be(IamErrorCodes.EndpointUnreachable);
        error.Message.Should().Contain("did not answer");
    }

    [SkippableFact]
    public async Task ListUsersAsync_CancelledWhileWaiting_ThrowsOperationCanceledPromptly()
    {
        target.RequireSandbox();
        target.Control.Faults = new SandboxFaults(LatencyMs: 5000, Actions: ["ListUsers"]);
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var watch = Stopwatch.StartNew();

        var act = () => Client().ListUsersAsync(ct: cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(3));
    }

    [Fact]
    public async Task GetUserAsync_AlreadyCancelled_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        await FluentActions.Awaiting(() => target.Client().GetUserAsync("anyone", cts.Token)).Should().ThrowAsync<OperationCanceledException>();
    }

    [Fact]
    public async Task ListUsersAsync_NothingListening_ThrowsEndpointUnreachable()
    {
        var client = target.Client(s => s["Iam:MaxRetries"] = "1", target.Connection(endpoint: new Uri("http://127.0.0.1:1/")));

        var error = (await FluentActions.Awaiting(() => client.ListUsersAsync()).Should().ThrowAsync<IamException>()).Which;

        error.Code.Should().Be(IamErrorCodes.EndpointUnreachable);
        error.Message.Should().Contain("could not be reached");
    }

    [Fact]
    public async Task ListUsersAsync_WrongSecret_ThrowsSignatureDoesNotMatchWithoutRetry()
    {
        var client = target.Client(connection: target.Connection(secret: "wrong-secret-wrong-secret-wrong-secret00"));

        var error = (await FluentActions.Awaiting(() => client.ListUsersAsync()).Should().ThrowAsync<IamException>()).Which;

        error.Code.Should().Be(IamErrorCodes.SignatureDoesNotMatch);
        error.HttpStatus.Should().Be(403);
    }

    [Fact]
    public async Task ListUsersAsync_UnknownAccessKey_ThrowsInvalidClientTokenId()
    {
        var client = target.Client(connection: target.Connection(accessKeyId: "AKIAITESTUNKNOWNKEY0", secret: "whatever"));

        var error = (await FluentActions.Awaiting(() => client.ListUsersAsync()).Should().ThrowAsync<IamException>()).Which;

        error.Code.Should().Be(IamErrorCodes.InvalidClientTokenId);
    }
}
