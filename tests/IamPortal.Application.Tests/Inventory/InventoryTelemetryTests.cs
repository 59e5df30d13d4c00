using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Telemetry;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Inventory;

public sealed class InventoryTelemetryTests : IDisposable
{
    private static readonly AccountContext Account = new(FakeAccounts.AccountId, "test");
    private readonly TelemetryRecorder _recorder = new(null, InventoryTelemetry.Name);

    public void Dispose() => _recorder.Dispose();

    private static InventorySnapshot Snapshot(int users) => new(Account, Sample.Now, null,
        Enumerable.Range(0, users).Select(i => UserInventoryRowFactory.Create(
            UserInventoryFacts.FromAccountRead(Sample.UserDetail($"user{i}"), null, null), Sample.Now)).ToList(), [], [], TimeSpan.Zero);

    [Fact]
    public async Task MeasureBuildAsync_Built_RecordsDurationUsersAndTheIamRequestsOfItsOwnFlow()
    {
        var telemetry = new InventoryTelemetry(_recorder.Factory);
        IamCallCount.Add(); // outside any build: not counted

        await telemetry.MeasureBuildAsync(Account, async _ =>
        {
            await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(IamCallCount.Add)));
            return Snapshot(users: 4);
        }, CancellationToken.None);

        var calls = _recorder.Of(InventoryTelemetry.BuildIamCallsMetric).Should().ContainSingle().Subject;
        (calls.Value, calls["outcome"], calls["cloud.account.id"]).Should().Be((3d, "success", FakeAccounts.AccountId));
        _recorder.Of(InventoryTelemetry.BuildDurationMetric).Should().ContainSingle().Which.Value.Should().BeGreaterThanOrEqualTo(0);
        _recorder.Of(InventoryTelemetry.UsersMetric).Should().ContainSingle().Which.Value.Should().Be(4);
        _recorder.Spans.Should().ContainSingle().Which.GetTagItem("iam.requests").Should().Be(3);
    }

    [Fact]
    public async Task MeasureBuildAsync_Fails_RecordsTheErrorCodeAndNoUserCount()
    {
        var telemetry = new InventoryTelemetry(_recorder.Factory);

        var act = () => telemetry.MeasureBuildAsync(Account,
            _ => throw new IamAccessDeniedException("no GetAccountAuthorizationDetails"), CancellationToken.None);

        await act.Should().ThrowAsync<IamAccessDeniedException>();
        var duration = _recorder.Of(InventoryTelemetry.BuildDurationMetric).Should().ContainSingle().Subject;
        (duration["outcome"], duration["error.type"]).Should().Be(("error", "AccessDenied"));
        _recorder.Of(InventoryTelemetry.UsersMetric).Should().BeEmpty();
    }
}
