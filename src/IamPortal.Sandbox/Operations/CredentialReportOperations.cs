using System.Text;
using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>
/// GenerateCredentialReport / GetCredentialReport. Generation is instant; like IAM, an existing report is
/// reused (COMPLETE) until it is 4 hours old, then a new one is generated (STARTED).
/// </summary>
public static class CredentialReportOperations
{
    public static readonly TimeSpan RegenerateAfter = TimeSpan.FromHours(4);

    public const string Header =
        "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active," +
        "access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service," +
        "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service," +
        "cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

    public static void Register(OperationRegistry r)
    {
        r.Write("GenerateCredentialReport", ctx =>
        {
            var existing = ctx.State.CredentialReport;
            if (existing is not null && ctx.Now - existing.GeneratedTime < RegenerateAfter)
            {
                ctx.Result.El("State", "COMPLETE");
                return;
            }
            ctx.State.CredentialReport = new CredentialReportSnapshot { GeneratedTime = ctx.Now, Csv = Build(ctx.State) };
            ctx.Result.El("State", "STARTED").El("Description", "No report exists. Starting a new report generation task");
        }, hasResult: true);
        r.Read("GetCredentialReport", ctx =>
        {
            var report = ctx.State.CredentialReport
                ?? throw new IamException("ReportNotPresent", "Credential report not present. Use GenerateCredentialReport to create a report.", 410);
            ctx.Result.El("Content", report.Base64)
                .El("ReportFormat", "text/csv").Date("GeneratedTime", report.GeneratedTime);
        });
    }

    public static string Build(IamState state)
    {
        var sb = new StringBuilder(300 * (state.Users.Count + 2));
        sb.Append(Header).Append('\n');
        sb.Append("<root_account>,arn:aws:iam::").Append(state.AccountId).Append(":root,");
        D(sb, state.RootCreated);
        sb.Append(",not_supported,");
        D(sb, state.SeedTime.AddDays(-37));
        sb.Append(",not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A");
        var maxAge = state.PasswordPolicy?.MaxPasswordAge;
        foreach (var u in state.SortedUsers)
        {
            sb.Append('\n').Append(u.UserName).Append(',').Append(Csv(u.Arn)).Append(',');
            D(sb, u.CreateDate);
            var p = u.LoginProfile;
            sb.Append(p is null ? ",false," : ",true,");
            if (u.PasswordLastUsed is { } used) D(sb, used); else sb.Append(p is null ? "N/A" : "no_information");
            sb.Append(',');
            if (p is null) sb.Append("N/A"); else D(sb, p.PasswordLastChanged);
            sb.Append(',');
            if (p is not null && maxAge is { } age) D(sb, p.PasswordLastChanged.AddDays(age)); else sb.Append("N/A");
            sb.Append(u.MfaSerials.Count > 0 ? ",true" : ",false");
            var keys = u.AccessKeys;
            var swap = keys.Count > 1 && keys[1].CreateDate < keys[0].CreateDate;
            for (var i = 0; i < 2; i++)
            {
                var k = i < keys.Count ? keys[swap ? 1 - i : i] : null;
                var active = k is { Status: "Active" };
                sb.Append(active ? ",true," : ",false,");
                if (active) D(sb, k!.CreateDate); else sb.Append("N/A"); // AWS: N/A unless the key is active
                sb.Append(',');
                if (k?.LastUsedDate is { } lu)
                {
                    D(sb, lu);
                    sb.Append(',').Append(k.LastUsedRegion ?? "N/A").Append(',').Append(k.LastUsedService ?? "N/A");
                }
                else
                {
                    sb.Append("N/A,N/A,N/A");
                }
            }
            var certs = u.SigningCertificates;
            var swapCerts = certs.Count > 1 && certs[1].UploadDate < certs[0].UploadDate;
            for (var i = 0; i < 2; i++)
            {
                var c = i < certs.Count ? certs[swapCerts ? 1 - i : i] : null;
                sb.Append(c is { Status: "Active" } ? ",true," : ",false,");
                if (c is null) sb.Append("N/A"); else D(sb, c.UploadDate);
            }
        }
        return sb.ToString();
    }

    /// <summary>IAM's report date format, e.g. 2024-01-02T03:04:05+00:00 (hand-formatted: 10,000+ rows × 8 dates).</summary>
    private static void D(StringBuilder sb, DateTimeOffset d)
    {
        var t = d.UtcDateTime;
        Span<char> span = stackalloc char[25];
        Two(span, 0, t.Year / 100); Two(span, 2, t.Year % 100); span[4] = '-';
        Two(span, 5, t.Month); span[7] = '-'; Two(span, 8, t.Day); span[10] = 'T';
        Two(span, 11, t.Hour); span[13] = ':'; Two(span, 14, t.Minute); span[16] = ':'; Two(span, 17, t.Second);
        "+00:00".AsSpan().CopyTo(span[19..]);
        sb.Append(span);
    }

    private static void Two(Span<char> span, int at, int value)
    {
        span[at] = (char)('0' + value / 10);
        span[at + 1] = (char)('0' + value % 10);
    }

    private static string Csv(string value) => value.Contains(',') || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
