using System.Diagnostics;
using System.Diagnostics.Metrics;
using IamPortal.Application.Accounts;
using IamPortal.Application.Telemetry;

namespace IamPortal.Application.Inventory;

/// <summary>
/// The inventory's meter and spans (README "Telemetry"): each build's duration and the IAM requests it took, by account
/// and outcome, the user count of the last build, and a span around the build with the IAM calls as its children.
/// </summary>
public sealed class InventoryTelemetry
{
    public const string Name = "IamPortal.Inventory";
    public const string BuildDurationMetric = "iamportal.inventory.build.duration";
    public const string BuildIamCallsMetric = "iamportal.inventory.build.iam_calls";
    public const string UsersMetric = "iamportal.inventory.users";

    public static readonly ActivitySource Source = new(Name);

    private readonly Histogram<double> _duration;
    private readonly Histogram<long> _iamCalls;
    private readonly Gauge<long> _users;

    public InventoryTelemetry(IMeterFactory meters)
    {
        var meter = meters.Create(Name);
        _duration = meter.CreateHistogram<double>(BuildDurationMetric, "s", "How long one inventory build took.",
            advice: TelemetryTags.DurationAdvice);
        _iamCalls = meter.CreateHistogram<long>(BuildIamCallsMetric, "{request}", "IAM requests one inventory build sent, retries included.");
        _users = meter.CreateGauge<long>(UsersMetric, "{user}", "IAM users in the account's last inventory build.");
    }

    /// <summary>Runs <paramref name="build"/> inside the build's span, counting its IAM requests.</summary>
    public async Task<InventorySnapshot> MeasureBuildAsync(AccountContext account, Func<CancellationToken, Task<InventorySnapshot>> build,
        CancellationToken ct)
    {
        using var activity = Source.StartActivity("InventoryBuild");
        activity?.SetTag(TelemetryTags.AccountId, account.AccountId);
        var tags = new TagList { { TelemetryTags.AccountId, account.AccountId } };
        var calls = IamCallCount.Start();
        var started = Stopwatch.GetTimestamp();
        try
        {
            var snapshot = await build(ct);
            tags.Add(TelemetryTags.Outcome, TelemetryTags.Success);
            _users.Record(snapshot.Users.Count, new TagList { { TelemetryTags.AccountId, account.AccountId } });
            activity?.SetTag("inventory.users", snapshot.Users.Count);
            return snapshot;
        }
        catch (Exception e)
        {
            tags.Add(TelemetryTags.Outcome, TelemetryTags.OutcomeOf(e));
            tags.Add(TelemetryTags.ErrorType, TelemetryTags.ErrorTypeOf(e));
            activity?.SetStatus(ActivityStatusCode.Error, TelemetryTags.ErrorTypeOf(e));
            throw;
        }
        finally
        {
            _duration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
            _iamCalls.Record(calls.Requests, tags);
            activity?.SetTag("iam.requests", calls.Requests);
        }
    }
}
