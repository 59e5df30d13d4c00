using IamPortal.Sandbox.Seed;

namespace IamPortal.Sandbox.Organization;

/// <summary>Seeds member accounts from their options, in parallel (each under its own state lock).</summary>
public static class OrganizationSeeder
{
    public static void SeedMembers(IEnumerable<OrganizationAccount> members, DateTimeOffset now)
    {
        Parallel.ForEach(members.Where(m => m.Options is not null), member =>
        {
            var o = member.Options!;
            lock (member.State.Sync)
            {
                AccountSeeder.Seed(member.State, o.SeedUsers, o.Seed, now);
                HygieneAdjuster.Apply(member.State, o.Hygiene, o.Seed, now);
            }
        });
    }
}
