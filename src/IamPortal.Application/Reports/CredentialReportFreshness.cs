namespace IamPortal.Application.Reports;

/// <summary>
/// How old the credential report behind the data is and when IAM will generate a new one: IAM reuses a report younger
/// than 4 hours (CHECKS.md), so a fix made since shows in IAM's report only after <see cref="NextAllowedAt"/>.
/// </summary>
public sealed record CredentialReportFreshness(DateTimeOffset? GeneratedAt, DateTimeOffset Now)
{
    public static readonly TimeSpan ReuseWindow = TimeSpan.FromHours(4);

    public DateTimeOffset? NextAllowedAt => GeneratedAt + ReuseWindow;
    public bool CanRegenerate => NextAllowedAt is not { } next || next <= Now;
    public TimeSpan? Age => Now - GeneratedAt;
}
