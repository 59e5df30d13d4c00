using IamPortal.Application.Iam;

namespace IamPortal.Application.Tests.Fakes;

public sealed class FakeSts(string account = "123456789012") : IStsClient
{
    /// <summary>Which account owns a key id; keys not listed belong to <c>account</c>.</summary>
    public Dictionary<string, string> KeyOwners { get; } = new(StringComparer.Ordinal);

    public Task<CallerIdentity> GetCallerIdentityAsync(CancellationToken ct = default) =>
        Task.FromResult(new CallerIdentity(account, $"arn:aws:sts::{account}:assumed-role/IamPortalRole/test", "AROATEST"));

    public Task<string> GetAccessKeyInfoAsync(string accessKeyId, CancellationToken ct = default) =>
        Task.FromResult(KeyOwners.GetValueOrDefault(accessKeyId, account));
}
