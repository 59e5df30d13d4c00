using IamPortal.Sandbox.Operations;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Seed;

/// <summary>
/// Material for access reviews: a legacy reporting group whose members mostly have not signed in or used a key for
/// months, a contractors group (its owner has left: ownership is portal data, assigned by the web host's demo seeder),
/// and an analytics group whose members mostly never used the services it grants (Access Advisor shows no use).
/// Chosen from the ordinary users by their activity, in name order, with their own random stream, so the rest of the
/// seed stays as it was.
/// </summary>
public static class ReviewSeedStory
{
    public const string InactiveGroup = "reporting-legacy";
    public const string OwnerLeftGroup = "contractors-2024";
    public const string UnusedServicesGroup = "analytics-sandbox";

    /// <summary>The story's groups: name, path, policy reference (see <see cref="AccountSeeder.PolicyArn"/>).</summary>
    public static readonly (string Name, string Path, string Policy)[] Groups =
    [
        (InactiveGroup, "/finance/", "local:FinanceReportsReadOnly"),
        (OwnerLeftGroup, "/contractors/", "aws:job-function/ViewOnlyAccess"),
        (UnusedServicesGroup, "/data/", "local:DataLakeAnalyst"),
    ];

    private static readonly string[] AnalyticsServices = ["athena", "s3"];

    public static void AddTo(IamState state, int seed, DateTimeOffset now, int specials)
    {
        var rng = new Random(unchecked(seed * 37 + 0x2EE5));
        var ordinary = state.Users.Values.Skip(specials).Where(u => u.GroupNames.Count <= 7).OrderBy(u => u.UserName, StringComparer.Ordinal).ToList();
        var inactive = ordinary.Where(u => LastActivity(u) is not { } at || at < now.AddDays(-120)).ToList();
        var active = ordinary.Where(u => LastActivity(u) is { } at && at >= now.AddDays(-30)).ToList();
        var neverUsed = ordinary.Where(u => AnalyticsServices.All(s => ServiceLastAccessedOperations.LastUse(u, s, now) is null)).ToList();
        var members = new Dictionary<string, IEnumerable<UserEntity>>
        {
            [InactiveGroup] = inactive.Take(4).Concat(active.Take(1)),
            [OwnerLeftGroup] = inactive.Skip(4).Take(1).Concat(active.Skip(1).Take(2)),
            [UnusedServicesGroup] = neverUsed.Skip(5).Take(3).Concat(active.Skip(3).Take(1)),
        };
        foreach (var (name, path, policy) in Groups)
        {
            var group = new GroupEntity { GroupName = name, Path = path, GroupId = Ids.New(rng, "AGPA"), CreateDate = now.AddDays(-rng.Next(300, 900)) };
            group.AttachedPolicyArns.Add(AccountSeeder.PolicyArn(policy, state.AccountId));
            state.Groups.Add(name, group);
            foreach (var user in members[name].DistinctBy(u => u.UserName).Where(u => !u.GroupNames.Contains(name))) user.GroupNames.Add(name);
        }
    }

    private static DateTimeOffset? LastActivity(UserEntity user) =>
        user.AccessKeys.Select(k => k.LastUsedDate).Append(user.PasswordLastUsed).Where(d => d is not null).Max();
}
