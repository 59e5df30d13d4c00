using System.Text;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IamPortal.Web.Health;

/// <summary>
/// The readiness answer as plain text: the overall status on the first line (just "Healthy" when all is well), then
/// one line per check that is not healthy with its reason. Healthy checks' details (the AWS account) are not shown to
/// anonymous callers.
/// </summary>
public static class HealthReportText
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        var text = new StringBuilder(report.Status.ToString());
        foreach (var (name, entry) in report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy))
        {
            text.Append('\n').Append(name).Append(": ").Append(entry.Status).Append(": ").Append(entry.Description);
        }
        context.Response.ContentType = "text/plain; charset=utf-8";
        return context.Response.WriteAsync(text.ToString());
    }
}
