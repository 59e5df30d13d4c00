using System.Diagnostics.Metrics;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;

namespace IamPortal.Application.Telemetry;

/// <summary>
/// The tag names and values the portal's meters and spans share (README "Telemetry"), and the buckets of its duration
/// histograms. Tag values are few by design (an IAM action, a job kind, an outcome, an error code), never a user name.
/// </summary>
public static class TelemetryTags
{
    public const string Outcome = "outcome";
    public const string ErrorType = "error.type";
    public const string AccountId = "cloud.account.id";

    public const string Success = "success";
    public const string Error = "error";
    public const string Cancelled = "cancelled";

    /// <summary>Seconds, from a fast IAM read (milliseconds) to a long job step or inventory build (minutes).</summary>
    public static readonly InstrumentAdvice<double> DurationAdvice = new()
    {
        HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120],
    };

    /// <summary>An outcome of a failed piece of work: cancelled when it was stopped, error otherwise.</summary>
    public static string OutcomeOf(Exception e) => e is OperationCanceledException ? Cancelled : Error;

    /// <summary>IAM's error code, a refused step's code, or the exception's type name.</summary>
    public static string ErrorTypeOf(Exception e) => e switch
    {
        IamException iam => iam.Code,
        JobStepRefusedException refused => refused.Code,
        _ => e.GetType().Name,
    };
}
