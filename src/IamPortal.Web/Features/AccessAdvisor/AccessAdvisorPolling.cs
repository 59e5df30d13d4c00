using IamPortal.Application.Commands;

namespace IamPortal.Web.Features.AccessAdvisor;

/// <summary>
/// Reading an Access Advisor job until IAM is done: every second, at most a minute, progress reported between reads, and
/// every failure (a refused read, a failed job, no answer within the minute) as a plain-language error. Shared by the
/// group's Access Advisor tab and the hints panel.
/// </summary>
public static class AccessAdvisorPolling
{
    public static readonly TimeSpan Every = TimeSpan.FromSeconds(1);
    public const int MaxChecks = 60;
    public const string JobFailed = "IAM could not complete the report.";
    public const string TimedOut = "IAM did not finish the report within a minute; generate it again later.";

    /// <param name="read">One read of the job.</param>
    /// <param name="isDone">Whether IAM has finished (completed or failed).</param>
    /// <param name="failure">IAM's reason when the finished job failed, else null.</param>
    /// <param name="progress">Called after each unfinished read with the report so far and the number of reads.</param>
    /// <returns>The last report read (null when the first read failed) and the error to show, if any; (null, null) when the page went away.</returns>
    public static async Task<(T? Report, string? Error)> PollAsync<T>(Func<CancellationToken, Task<T>> read, Func<T, bool> isDone, Func<T, string?> failure,
        Action<T, int> progress, TimeProvider clock, CancellationToken gone) where T : class
    {
        T? report = null;
        try
        {
            for (var checks = 1; checks <= MaxChecks && !gone.IsCancellationRequested; checks++)
            {
                var result = await CommandResult.CaptureAsync(() => read(gone));
                if (result.Value is not { } current) return (report, result.Error);
                report = current;
                if (isDone(current)) return (current, failure(current));
                progress(current, checks);
                await Task.Delay(Every, clock, gone);
            }
        }
        catch (OperationCanceledException) when (gone.IsCancellationRequested)
        {
            // The page went away.
        }
        return (report, gone.IsCancellationRequested ? null : TimedOut);
    }
}
