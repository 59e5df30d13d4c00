namespace IamPortal.Application.Iam;

/// <summary>STS, for who the portal itself is.</summary>
public interface IStsClient
{
    Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken ct = default);
}
