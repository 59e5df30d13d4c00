using IamPortal.Application.AccessAdvisor;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Reviews;

/// <summary>
/// Access Advisor's view of whether a member used the services a group grants them: starts the member's report and
/// reads it once (IAM usually needs a moment; a report not done yet, or refused, is "not known": null). Reports are
/// kept per user for one snapshot (<see cref="Reset"/>), so a member of several groups is asked once; past
/// <see cref="MaxReports"/> users a snapshot asks no more (two IAM calls per user would slow a large start down).
/// </summary>
public sealed class ReviewServiceUseReader(IEnumerable<IAccessAdvisorHints> advisors)
{
    private readonly IAccessAdvisorHints? _advisor = advisors.FirstOrDefault();
    private readonly Dictionary<string, AccessAdvisorReport?> _reports = new(StringComparer.OrdinalIgnoreCase);

    public const int MaxReports = 200;

    /// <summary>Forgets the reports of the previous snapshot.</summary>
    public void Reset() => _reports.Clear();

    public async Task<IReadOnlyList<ReviewServiceUse>?> ReadAsync(string userName, string groupName, CancellationToken ct)
    {
        if (_advisor is null) return null;
        if (!_reports.TryGetValue(userName, out var report))
        {
            if (_reports.Count >= MaxReports) return null;
            _reports[userName] = report = await ReportAsync(userName, ct);
        }
        if (report is not { Status: AccessAdvisorJobStatus.Completed }) return null;
        var via = "group " + groupName;
        return report.Services
            .Where(s => s.GrantedBy.Any(p => string.Equals(p.Via, via, StringComparison.OrdinalIgnoreCase)))
            .Select(s => new ReviewServiceUse(s.Namespace, s.ServiceName, s.LastUsed))
            .ToList();
    }

    private async Task<AccessAdvisorReport?> ReportAsync(string userName, CancellationToken ct)
    {
        try
        {
            var subject = AdvisorSubject.User(userName);
            var jobId = await _advisor!.StartAsync(subject, ct);
            return await _advisor.ReadAsync(subject, jobId, ct);
        }
        catch (IamException)
        {
            return null;
        }
    }
}
