using IamPortal.Application.Accounts;

namespace IamPortal.Infrastructure.Tests.Aws;

/// <summary>A scope that acts on one target for one operator, as the coordinator's accessor will from the URL and sign-in.</summary>
internal sealed class FixedTargetAccessor(AwsTarget? target, string? sourceIdentity) : IAwsTargetAccessor
{
    public AwsTarget? Target => target;
    public string? SourceIdentity => sourceIdentity;
}
