using System.Text.Json;
using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>
/// Access Advisor: GenerateServiceLastAccessedDetails → JobId, GetServiceLastAccessedDetails → COMPLETED at once.
/// Services are those the entity's policies grant; last access comes from the seed's activity (key last use per
/// service, console sign-ins spread over the granted services deterministically).
/// </summary>
public static class ServiceLastAccessedOperations
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["s3"] = "Amazon S3", ["ec2"] = "Amazon EC2", ["iam"] = "AWS Identity and Access Management", ["sts"] = "AWS Security Token Service",
        ["dynamodb"] = "Amazon DynamoDB", ["lambda"] = "AWS Lambda", ["cloudwatch"] = "Amazon CloudWatch", ["logs"] = "Amazon CloudWatch Logs",
        ["ecr"] = "Amazon Elastic Container Registry", ["ecs"] = "Amazon Elastic Container Service", ["athena"] = "Amazon Athena",
        ["glue"] = "AWS Glue", ["sqs"] = "Amazon SQS", ["sns"] = "Amazon SNS", ["kms"] = "AWS Key Management Service",
        ["ce"] = "AWS Cost Explorer Service", ["rds"] = "Amazon RDS", ["autoscaling"] = "Amazon EC2 Auto Scaling",
        ["elasticloadbalancing"] = "Elastic Load Balancing", ["organizations"] = "AWS Organizations", ["billing"] = "AWS Billing",
    };

    /// <summary>IAM's Access Advisor tracking window.</summary>
    public const int TrackingWindowDays = 400;

    private static readonly string[] Wildcard = ["s3", "ec2", "iam", "sts", "dynamodb", "lambda", "cloudwatch", "logs", "kms", "rds", "sqs", "sns"];

    public static void Register(OperationRegistry r)
    {
        r.Write("GenerateServiceLastAccessedDetails", ctx =>
        {
            var arn = ctx.Q.Req("Arn");
            var granularity = ctx.Q.Str("Granularity") ?? "SERVICE_LEVEL";
            if (granularity is not ("SERVICE_LEVEL" or "ACTION_LEVEL"))
                throw IamException.Validation("granularity", granularity, "Member must satisfy enum value set: [SERVICE_LEVEL, ACTION_LEVEL]");
            Resolve(ctx.State, arn);
            var job = new LastAccessedJob { JobId = Guid.NewGuid().ToString(), Arn = arn, Granularity = granularity, CreatedAt = ctx.Now };
            ctx.State.Jobs[job.JobId] = job;
            ctx.Result.El("JobId", job.JobId);
        }, hasResult: true);
        r.Read("GetServiceLastAccessedDetails", Get);
    }

    private static void Get(OperationContext ctx)
    {
        var id = ctx.Q.Req("JobId");
        if (!ctx.State.Jobs.TryGetValue(id, out var job))
            throw new IamException("NoSuchEntity", $"No such job {id} exists.");
        var (users, documents) = Resolve(ctx.State, job.Arn);
        var services = documents.SelectMany(Namespaces).Distinct().ToList();
        var rows = services.Select(service =>
        {
            var uses = users.Select(u => (User: u, Use: LastUse(u, service, ctx.Now))).Where(x => x.Use is not null).ToList();
            var last = uses.OrderByDescending(x => x.Use!.Value.When).FirstOrDefault();
            return (Service: service, Count: uses.Count, Last: last.Use, Entity: last.User?.Arn);
        }).ToList();
        var page = Paging.Sorted(rows, r => r.Service, ctx.Q);
        ctx.Result.El("JobStatus", "COMPLETED").El("JobType", job.Granularity).Date("JobCreationDate", job.CreatedAt)
            .Start("ServicesLastAccessed");
        foreach (var row in page.Items)
        {
            ctx.Result.Start("member").El("ServiceName", Names.GetValueOrDefault(row.Service, "AWS " + row.Service));
            if (row.Last is { } l) ctx.Result.Date("LastAuthenticated", l.When);
            ctx.Result.El("ServiceNamespace", row.Service);
            if (row.Last is { } l2) ctx.Result.El("LastAuthenticatedEntity", row.Entity).El("LastAuthenticatedRegion", l2.Region);
            ctx.Result.El("TotalAuthenticatedEntities", row.Count).End();
        }
        ctx.Result.End().Date("JobCompletionDate", job.CreatedAt.AddSeconds(1));
        Paging.WriteTail(ctx.Result, page);
    }

    /// <summary>
    /// The exact key use when a key last called this service; otherwise about two services in three get a use
    /// derived from the user's latest activity (sign-in or key use), deterministically per user and service, spread
    /// like real accounts: half within days of that activity, the rest weeks to months before it, so thresholds of
    /// 30, 90 and 180 days each find something. Nothing older than IAM's 400-day tracking window is reported.
    /// </summary>
    public static (DateTimeOffset When, string Region)? LastUse(UserEntity user, string service, DateTimeOffset now)
    {
        var used = user.AccessKeys.Where(k => k.LastUsedDate is not null).OrderByDescending(k => k.LastUsedDate).ToList();
        if (used.Find(k => k.LastUsedService == service) is { } exact) return (exact.LastUsedDate!.Value, exact.LastUsedRegion ?? SandboxAccount.Region);
        var latest = used.Count > 0 ? used[0].LastUsedDate : null;
        if (user.PasswordLastUsed is { } signIn && (latest is null || signIn > latest)) latest = signIn;
        if (latest is not { } when) return null;
        var h = (uint)StableHash(user.UserName + "|" + service);
        if (h % 3 == 0) return null;
        var back = ((h / 3) % 6) switch
        {
            2 => TimeSpan.FromDays(20 + h % 40),
            3 => TimeSpan.FromDays(60 + h % 90),
            4 => TimeSpan.FromDays(150 + h % 150),
            _ => TimeSpan.FromHours(h % 240),
        };
        var at = when - back;
        if (at < user.CreateDate) at = user.CreateDate;
        if (at < now.AddDays(-TrackingWindowDays)) return null;
        return (at, used.Count > 0 ? used[0].LastUsedRegion ?? SandboxAccount.Region : SandboxAccount.Region);
    }

    private static int StableHash(string s)
    {
        unchecked
        {
            var h = (int)2166136261;
            foreach (var c in s) h = (h ^ c) * 16777619;
            return h;
        }
    }

    /// <summary>The users an ARN covers and the policy documents that apply to it.</summary>
    private static (List<UserEntity> Users, List<string> Documents) Resolve(IamState state, string arn)
    {
        var user = state.Users.Values.FirstOrDefault(u => u.Arn == arn);
        if (user is not null)
        {
            var docs = user.InlinePolicies.Select(p => p.Document)
                .Concat(user.AttachedPolicyArns.Select(a => state.Policies[a].DefaultVersion.Document))
                .Concat(user.GroupNames.SelectMany(g => GroupDocs(state, state.Groups[g]))).ToList();
            return ([user], docs);
        }
        var group = state.Groups.Values.FirstOrDefault(g => g.Arn == arn);
        if (group is not null) return ([.. group.Members], GroupDocs(state, group).ToList());
        if (state.Policies.TryGetValue(arn, out var policy))
        {
            var users = policy.AttachedUsers.Concat(policy.AttachedGroups.SelectMany(g => g.Members)).Distinct().ToList();
            return (users, [policy.DefaultVersion.Document]);
        }
        throw new IamException("NoSuchEntity", $"The entity {arn} cannot be found.");
    }

    private static IEnumerable<string> GroupDocs(IamState state, GroupEntity g) =>
        g.InlinePolicies.Select(p => p.Document).Concat(g.AttachedPolicyArns.Select(a => state.Policies[a].DefaultVersion.Document));

    private static IEnumerable<string> Namespaces(string document)
    {
        using var json = JsonDocument.Parse(document);
        var result = new HashSet<string>(StringComparer.Ordinal);
        var st = json.RootElement.GetProperty("Statement");
        foreach (var s in st.ValueKind == JsonValueKind.Array ? st.EnumerateArray().ToArray() : [st])
        {
            if (s.TryGetProperty("Effect", out var e) && e.GetString() != "Allow") continue;
            if (s.TryGetProperty("NotAction", out _)) { result.UnionWith(Wildcard); continue; }
            if (!s.TryGetProperty("Action", out var a)) continue;
            foreach (var action in a.ValueKind == JsonValueKind.Array ? a.EnumerateArray().Select(x => x.GetString()) : [a.GetString()])
            {
                if (action is null) continue;
                if (action == "*") result.UnionWith(Wildcard);
                else if (action.IndexOf(':') is > 0 and var colon) result.Add(action[..colon].ToLowerInvariant());
            }
        }
        return result;
    }
}
