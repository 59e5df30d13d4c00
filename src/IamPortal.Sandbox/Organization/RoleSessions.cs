using System.Collections.Concurrent;
using System.Security.Cryptography;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Organization;

/// <summary>The sessions AssumeRole issued, in memory only (a restart ends them, as it would invalidate nothing real).</summary>
public sealed class RoleSessions
{
    private readonly ConcurrentDictionary<string, RoleSession> _sessions = new(StringComparer.Ordinal);

    public RoleSession Issue(OrganizationAccount account, string roleName, string sessionName, string? sourceIdentity, DateTimeOffset expiration, DateTimeOffset now)
    {
        if (_sessions.Count > 10_000) Prune(now);
        while (true)
        {
            var session = new RoleSession(
                "ASIA" + RandomChars(16), Ids.Secret(Random.Shared), Token(), expiration, account, roleName, sessionName, sourceIdentity);
            if (_sessions.TryAdd(session.AccessKeyId, session)) return session;
        }
    }

    public RoleSession? Find(string accessKeyId) => _sessions.GetValueOrDefault(accessKeyId);

    public void Clear() => _sessions.Clear();

    private void Prune(DateTimeOffset now)
    {
        foreach (var (id, s) in _sessions)
            if (s.Expiration < now) _sessions.TryRemove(id, out _);
    }

    private static string RandomChars(int length) => RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", length);

    /// <summary>An opaque token of the length real session tokens have (several hundred characters of base64).</summary>
    private static string Token() => "IQoJb3JpZ2luX2VjE" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(300));
}
