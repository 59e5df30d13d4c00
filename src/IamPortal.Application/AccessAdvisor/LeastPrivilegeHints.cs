namespace IamPortal.Application.AccessAdvisor;

/// <summary>
/// Repokid's practice over Access Advisor's data: a service granted and not used for the threshold (30, 60, 90, 180 or
/// 360 days, as Steampipe's picker; 90 by default) is a removal candidate, named with the policies that grant it. Never
/// iam:PassRole (Access Advisor cannot see it used: IAM checks it when a role is handed to a service, it is not an API
/// call), never what a policy version created in the last 14 days grants, nothing for a subject younger than the threshold.
/// </summary>
public static class LeastPrivilegeHints
{
    public static readonly IReadOnlyList<int> Thresholds = [30, 60, 90, 180, 360];
    public const int DefaultThreshold = 90;
    public const int TrackingWindowDays = 400;
    public const int ProtectRecentDays = 14;

    public const string PassRoleReason =
        "Access Advisor does not record iam:PassRole (IAM checks it when a role is handed to a service; it is not a call), so unused cannot be told from unseen.";

    public static IReadOnlyList<ServiceHint> Evaluate(AccessAdvisorReport report, int thresholdDays, DateTimeOffset now) =>
        [.. report.Services
            .Select(s => Evaluate(s, report, thresholdDays, now))
            .OrderByDescending(h => h.SuggestsRemoval)
            .ThenBy(h => h.Service.LastUsed ?? DateTimeOffset.MinValue)
            .ThenBy(h => h.Service.ServiceName, StringComparer.OrdinalIgnoreCase)];

    public static ServiceHint Evaluate(ServiceUsage s, AccessAdvisorReport report, int thresholdDays, DateTimeOffset now)
    {
        var cutoff = now.AddDays(-thresholdDays);
        var windowStart = now.AddDays(-TrackingWindowDays);
        var lastUsed = s.LastUsed is { } at && at >= windowStart ? at : (DateTimeOffset?)null;
        if (lastUsed is { } used && used >= cutoff)
            return new(s, HintKind.Used, $"Used {Days(now - used)} ago.");
        var unused = lastUsed is null ? "never used in the tracking period (400 days)" : $"not used for {thresholdDays} days";
        if (report.SubjectCreated > cutoff)
            return new(s, HintKind.TooNew,
                $"Not used yet, but the {report.Subject.Noun} is only {Days(now - report.SubjectCreated)} old: judge it after {thresholdDays} days.");
        var recent = s.GrantedBy.Where(p => !p.IsAwsManaged && p.VersionCreated is { } c && c > now.AddDays(-ProtectRecentDays)).ToList();
        if (recent.Count > 0)
            return new(s, HintKind.RecentlyGranted,
                $"Kept: granted by a policy version created in the last {ProtectRecentDays} days ({Names(recent)}).");
        if (s.GrantsOnlyPassRole)
            return new(s, HintKind.KeepPassRole, "Grants only iam:PassRole: never suggested for removal. " + PassRoleReason);
        var policies = s.GrantedBy.Count == 0 ? "the policies that grant it" : Names(s.GrantedBy);
        if (s.GrantsPassRole)
            return new(s, HintKind.RemoveExceptPassRole,
                $"Granted, {unused}: consider removing the IAM actions from {policies}, but keep iam:PassRole. " + PassRoleReason);
        return new(s, HintKind.Remove, $"Granted, {unused}: consider removing {s.Namespace} from {policies}.");
    }

    private static string Names(IEnumerable<GrantingPolicy> policies) => string.Join(", ", policies.Select(p => p.Label));

    private static string Days(TimeSpan span)
    {
        var days = (int)Math.Floor(span.TotalDays);
        return days switch { <= 0 => "less than a day", 1 => "1 day", _ => $"{days} days" };
    }
}
