using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Seed;

/// <summary>
/// Turns a seeded account's credential story towards its <see cref="AccountHygiene"/>: a clean account (MFA
/// everywhere, young keys, everyone active), strong MFA only, or poor hygiene (no MFA, old keys, inactive users).
/// Deterministic for a seed.
/// </summary>
public static class HygieneAdjuster
{
    public static void Apply(IamState state, AccountHygiene hygiene, int seed, DateTimeOffset now)
    {
        if (hygiene == AccountHygiene.Typical) return;
        var rng = new Random(unchecked(seed * 17 + 0x4A11));
        var factory = new UserFactory(state, rng, now);
        foreach (var user in state.SortedUsers)
        {
            switch (hygiene)
            {
                case AccountHygiene.Clean:
                    EnsureMfa(factory, user);
                    foreach (var key in user.AccessKeys.Where(k => k.CreateDate < now.AddDays(-60)))
                        key.CreateDate = now.AddDays(-rng.Next(1, 60));
                    foreach (var key in user.AccessKeys) key.LastUsedDate = Max(key.CreateDate, now.AddDays(-rng.Next(0, 7)));
                    if (user.LoginProfile is not null) user.PasswordLastUsed = Max(user.CreateDate, now.AddDays(-rng.Next(0, 14)));
                    break;
                case AccountHygiene.StrongMfa:
                    EnsureMfa(factory, user);
                    break;
                case AccountHygiene.Poor:
                    RemoveMfa(state, user);
                    foreach (var key in user.AccessKeys)
                    {
                        key.CreateDate = Max(user.CreateDate, now.AddDays(-rng.Next(365, 1400)));
                        if (rng.NextDouble() < 0.5) key.LastUsedDate = key.LastUsedDate is null ? null : Max(key.CreateDate, now.AddDays(-rng.Next(120, 360)));
                    }
                    if (user.LoginProfile is not null && rng.NextDouble() < 0.5)
                        user.PasswordLastUsed = rng.NextDouble() < 0.3 ? null : Max(user.CreateDate, now.AddDays(-rng.Next(100, 500)));
                    break;
            }
        }
        if (hygiene == AccountHygiene.Poor) state.PasswordPolicy = null;
        state.RebuildIndexes();
        state.Touch();
    }

    private static void EnsureMfa(UserFactory factory, UserEntity user)
    {
        if (user.LoginProfile is not null && user.MfaSerials.Count == 0) factory.AddMfa(user);
    }

    private static void RemoveMfa(IamState state, UserEntity user)
    {
        foreach (var serial in user.MfaSerials) state.MfaDevices.Remove(serial);
        user.MfaSerials.Clear();
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
