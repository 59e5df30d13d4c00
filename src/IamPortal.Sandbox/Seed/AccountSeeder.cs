using IamPortal.Sandbox.Catalog;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Seed;

/// <summary>
/// Builds a deterministic, realistic account from (users, seed): same inputs give the same names, groups,
/// policies and credential story; dates are relative to <c>now</c>, so they shift with the seed time.
/// </summary>
public static class AccountSeeder
{
    public static void Seed(IamState state, int users, int seed, DateTimeOffset now)
    {
        state.Clear();
        ManagedPolicyCatalog.AddTo(state);
        now = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        state.SeedTime = now;
        state.RootCreated = now.AddDays(-6 * 365);
        if (users <= 0)
        {
            state.Touch();
            return;
        }

        var rng = new Random(seed);
        var accountStart = now.AddDays(-5 * 365);
        state.Aliases.Add(state.SeedAlias);
        state.PasswordPolicy = new PasswordPolicy
        {
            MinimumPasswordLength = 14, RequireSymbols = true, RequireNumbers = true, RequireUppercaseCharacters = true,
            RequireLowercaseCharacters = true, AllowUsersToChangePassword = true, MaxPasswordAge = 90, PasswordReusePrevention = 24,
        };
        AddCustomerPolicies(state, rng, accountStart, now);
        AddGroups(state, rng, accountStart);

        var factory = new UserFactory(state, rng, now);
        var specials = SpecialUsers.Build(factory);
        foreach (var special in specials.Take(users)) state.AddUser(special);
        var names = new HashSet<string>(state.Users.Keys, StringComparer.OrdinalIgnoreCase);
        for (var i = state.Users.Count; i < users; i++)
        {
            var dept = PickDepartment(rng);
            state.AddUser(factory.Employee(UniqueName(rng, names), dept));
        }
        GiveOneUserAdministratorAccess(state, specials.Count);
        SeedStory.AddTo(state, seed, now, specials.Count);
        ReviewSeedStory.AddTo(state, seed, now, specials.Count);
        state.RebuildIndexes();
        state.Touch();
    }

    private static void AddCustomerPolicies(IamState state, Random rng, DateTimeOffset start, DateTimeOffset now)
    {
        foreach (var (name, path, description, versions) in SeedData.CustomerPolicies)
        {
            var created = start.AddDays(rng.Next(0, 900));
            var policy = new PolicyEntity
            {
                Arn = $"arn:aws:iam::{state.AccountId}:policy{path}{name}",
                PolicyName = name, Path = path, Description = description,
                PolicyId = Ids.New(rng, "ANPA"), CreateDate = created,
            };
            var date = created;
            for (var v = 0; v < versions.Length; v++)
            {
                policy.Versions.Add(new PolicyVersionEntity { VersionId = $"v{v + 1}", Document = versions[v], CreateDate = date });
                date = Min(date.AddDays(rng.Next(20, 200)), now.AddDays(-1));
            }
            policy.DefaultVersionId = $"v{versions.Length}";
            policy.NextVersion = versions.Length + 1;
            policy.UpdateDate = policy.Versions[^1].CreateDate;
            state.AddPolicy(policy);
        }
    }

    private static void AddGroups(IamState state, Random rng, DateTimeOffset start)
    {
        foreach (var (name, path, policies) in SeedData.Groups)
        {
            var group = new GroupEntity { GroupName = name, Path = path, GroupId = Ids.New(rng, "AGPA"), CreateDate = start.AddDays(rng.Next(0, 400)) };
            foreach (var p in policies) group.AttachedPolicyArns.Add(PolicyArn(p, state.AccountId));
            state.Groups.Add(name, group);
        }
        state.Groups["support-agents"].InlinePolicies.Add(new InlinePolicy
        {
            Name = "TicketQueueAccess",
            Document = SeedData.Doc($$"""{"Effect":"Allow","Action":["sqs:ReceiveMessage","sqs:DeleteMessage"],"Resource":"arn:aws:sqs:us-east-1:{{state.AccountId}}:support-tickets"}"""),
        });
    }

    /// <summary>"aws:Name" → AWS managed ARN, "local:Name" → customer managed ARN.</summary>
    public static string PolicyArn(string reference, string accountId)
    {
        var name = reference[(reference.IndexOf(':') + 1)..];
        if (reference.StartsWith("aws:", StringComparison.Ordinal))
            return name.Contains('/') ? $"arn:aws:iam::aws:policy/{name}" : ManagedPolicyCatalog.ArnOf(name);
        var (_, path, _, _) = SeedData.CustomerPolicies.First(p => p.Name == name);
        return $"arn:aws:iam::{accountId}:policy{path}{name}";
    }

    private static void GiveOneUserAdministratorAccess(IamState state, int specials)
    {
        var candidate = state.Users.Values.Skip(specials).FirstOrDefault(u => u.LoginProfile is not null && u.AttachedPolicyArns.Count < 10);
        candidate?.AttachedPolicyArns.Add(ManagedPolicyCatalog.AdministratorAccess);
    }

    private static SeedData.Department PickDepartment(Random rng)
    {
        var total = SeedData.Departments.Sum(d => d.Weight);
        var roll = rng.Next(total);
        foreach (var d in SeedData.Departments)
        {
            if (roll < d.Weight) return d;
            roll -= d.Weight;
        }
        return SeedData.Departments[0];
    }

    private static string UniqueName(Random rng, HashSet<string> taken)
    {
        var baseName = $"{SeedData.FirstNames[rng.Next(SeedData.FirstNames.Length)]}.{SeedData.LastNames[rng.Next(SeedData.LastNames.Length)]}";
        var name = baseName;
        for (var n = 2; !taken.Add(name); n++) name = baseName + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return name;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
