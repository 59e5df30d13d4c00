using Amazon.Runtime;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Infrastructure.Aws.RoleSessions;

namespace IamPortal.Infrastructure.Tests.Aws;

/// <summary>
/// STS AssumeRole in memory: each call returns a new session (ASIAFAKE1, ASIAFAKE2, ...) valid for <see cref="Lifetime"/>
/// from the clock, or throws <see cref="Failure"/>; <see cref="Gate"/>, when set, holds every call until released.
/// </summary>
internal sealed class FakeRoleAssumer(TimeProvider? time = null) : IRoleAssumer
{
    private int _calls;

    public TimeSpan Lifetime { get; set; } = TimeSpan.FromHours(1);
    public IamException? Failure { get; set; }
    public TaskCompletionSource? Gate { get; set; }
    public List<(AwsTarget Target, string? SourceIdentity)> Calls { get; } = [];

    public int CallCount => Volatile.Read(ref _calls);

    public async Task<RoleSession> AssumeAsync(AwsTarget target, string? sourceIdentity, CancellationToken ct)
    {
        var n = Interlocked.Increment(ref _calls);
        lock (Calls) Calls.Add((target, sourceIdentity));
        if (Gate is { } gate) await gate.Task.WaitAsync(ct);
        if (Failure is { } failure) throw failure;
        var now = (time ?? TimeProvider.System).GetUtcNow();
        return new RoleSession(new SessionAWSCredentials($"ASIAFAKE{n}", $"secret{n}", $"token-{n}"), now + Lifetime);
    }
}
