using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Seed;

/// <summary>
/// Customer managed policies that tell the risk story the portal's analysis should find: an admin-equivalent
/// through NotAction (attached to a small legacy group), a privilege escalation split across two groups
/// (iam:PassRole on * in one, ec2:RunInstances on * in the other, with two users in both), and one unused policy.
/// Built with its own random stream after the users, so the rest of the seed (names, ids, dates) stays as it was.
/// </summary>
public static class SeedStory
{
    public const string NotActionAdmin = "LegacyOpsAlmostAdmin";
    public const string PassRole = "DeployPassAnyRole";
    public const string RunInstances = "BuildRunInstances";
    public const string Unused = "OldMigrationAccess";

    public const string LegacyGroup = "legacy-ops";
    public const string PassRoleGroup = "deploy-operators";
    public const string RunInstancesGroup = "compute-builders";

    /// <summary>The story's policies: name, description, document.</summary>
    public static readonly (string Name, string Description, string Document)[] Policies =
    [
        (NotActionAdmin, "Legacy operations: everything except creating and deleting users (admin-equivalent through NotAction)",
            SeedData.Doc("""{"Sid":"EverythingButUsers","Effect":"Allow","NotAction":["iam:CreateUser","iam:DeleteUser"],"Resource":"*"}""")),
        (PassRole, "Deploy pipeline operators: pass any role to a service",
            SeedData.Doc("""{"Sid":"PassAnyRole","Effect":"Allow","Action":["iam:PassRole","iam:ListRoles"],"Resource":"*"}""")),
        (RunInstances, "Build farm: launch and describe EC2 instances",
            SeedData.Doc("""{"Sid":"LaunchInstances","Effect":"Allow","Action":["ec2:RunInstances","ec2:DescribeInstances"],"Resource":"*"}""")),
        (Unused, "One-off data migration (2021); attached to nothing",
            SeedData.Doc("""{"Sid":"MigrationBuckets","Effect":"Allow","Action":["s3:GetObject","s3:PutObject","s3:ListBucket"],"Resource":["arn:aws:s3:::migration-*","arn:aws:s3:::migration-*/*"]}""")),
    ];

    private static readonly (string Group, string Policy, int Members)[] Groups =
    [
        (LegacyGroup, NotActionAdmin, 1),
        (PassRoleGroup, PassRole, 3),
        (RunInstancesGroup, RunInstances, 3),
    ];

    /// <summary>Adds the policies and groups; members are ordinary users (after the special ones) with room for two more groups.</summary>
    public static void AddTo(IamState state, int seed, DateTimeOffset now, int specials)
    {
        var rng = new Random(unchecked(seed * 31 + 0x5EED));
        foreach (var (name, description, document) in Policies)
        {
            var created = now.AddDays(-rng.Next(200, 1200));
            var policy = new PolicyEntity
            {
                Arn = $"arn:aws:iam::{state.AccountId}:policy/{name}", PolicyName = name, Path = "/", Description = description,
                PolicyId = Ids.New(rng, "ANPA"), CreateDate = created, UpdateDate = created, DefaultVersionId = "v1", NextVersion = 2,
            };
            policy.Versions.Add(new PolicyVersionEntity { VersionId = "v1", Document = document, CreateDate = created });
            state.AddPolicy(policy);
        }
        var ordinary = state.Users.Values.Skip(specials).Where(u => u.GroupNames.Count <= 7).OrderBy(u => u.UserName, StringComparer.Ordinal).ToList();
        foreach (var (name, policy, members) in Groups)
        {
            var group = new GroupEntity { GroupName = name, Path = "/", GroupId = Ids.New(rng, "AGPA"), CreateDate = now.AddDays(-rng.Next(100, 900)) };
            group.AttachedPolicyArns.Add($"arn:aws:iam::{state.AccountId}:policy/{policy}");
            state.Groups.Add(name, group);
            // The two escalation groups share their first two members: the split path only shows when both groups count.
            var chosen = name == LegacyGroup ? ordinary.TakeLast(members)
                : name == PassRoleGroup ? ordinary.Take(members)
                : ordinary.Take(2).Concat(ordinary.Skip(members).Take(members - 2));
            foreach (var user in chosen) user.GroupNames.Add(name);
        }
    }
}
