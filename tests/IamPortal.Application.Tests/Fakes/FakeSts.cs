using IamPortal.Application.Iam;

namespace IamPortal.Application.Tests.Fakes;

public sealed class FakeSts(string account = "123456789012") : IStsClient
{
    public Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken ct = default) =>
        Task.FromResult(new CallerIdentity(account, $"arn:aws:sts::{account}:assumed-role/IamPortalRole/test", "AROATEST"));
}
