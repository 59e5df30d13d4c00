using IamPortal.Application.Iam;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace IamPortal.Web.Health;

/// <summary>Readiness: the portal's AWS identity can reach IAM's account (one STS GetCallerIdentity call).</summary>
public sealed class IamReachabilityHealthCheck(IStsClient sts) : IHealthCheck
{
    public const string Name = "iam";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var caller = await sts.GetCallerIdentityAsync(cancellationToken);
            return HealthCheckResult.Healthy($"Reached account {caller.Account}.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy(IamErrorMessages.Describe(ex));
        }
    }
}
