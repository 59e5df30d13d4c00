using System.Globalization;
using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>Customer and AWS managed policies and their versions.</summary>
public static class ManagedPolicyOperations
{
    public const int MaxVersions = 5;
    public const int MaxDocumentSize = 6144;
    public const int PoliciesPerAccount = 1500;

    public static void Register(OperationRegistry r)
    {
        r.Read("ListPolicies", ListPolicies);
        r.Read("GetPolicy", ctx => EntityWriters.Policy(ctx.Result, "Policy", Get(ctx), tags: true));
        r.Write("CreatePolicy", CreatePolicy, hasResult: true);
        r.Read("ListPolicyVersions", ctx =>
        {
            var policy = Get(ctx);
            var page = Paging.Sorted(policy.Versions, SortKey, ctx.Q);
            ctx.Result.Start("Versions");
            foreach (var v in page.Items) EntityWriters.Version(ctx.Result, "member", policy, v, document: false);
            ctx.Result.End();
            Paging.WriteTail(ctx.Result, page);
        });
        r.Read("GetPolicyVersion", ctx =>
        {
            var policy = Get(ctx);
            EntityWriters.Version(ctx.Result, "PolicyVersion", policy, FindVersion(policy, ctx.Q.Req("VersionId")), document: true);
        });
        r.Write("CreatePolicyVersion", CreatePolicyVersion, hasResult: true);
        r.Write("SetDefaultPolicyVersion", ctx =>
        {
            var policy = Local(ctx);
            var version = FindVersion(policy, ctx.Q.Req("VersionId"));
            policy.DefaultVersionId = version.VersionId;
            policy.UpdateDate = ctx.Now;
        });
        r.Write("DeletePolicyVersion", ctx =>
        {
            var policy = Local(ctx);
            var version = FindVersion(policy, ctx.Q.Req("VersionId"));
            if (version.VersionId == policy.DefaultVersionId)
                throw new IamException("DeleteConflict", "Cannot delete the default version of a policy.");
            policy.Versions.Remove(version);
        });
        r.Write("DeletePolicy", ctx =>
        {
            var policy = Local(ctx);
            if (policy.AttachmentCount > 0)
                throw new IamException("DeleteConflict", "Cannot delete a policy attached to entities.");
            if (policy.BoundaryUsageCount > 0)
                throw new IamException("DeleteConflict", "Cannot delete a policy used as a permissions boundary.");
            if (policy.Versions.Count > 1)
                throw new IamException("DeleteConflict", "This policy has more than one version. Before you delete a policy, you must delete the policy's versions. The default version is deleted with the policy.");
            ctx.State.RemovePolicy(policy);
        });
    }

    private static void ListPolicies(OperationContext ctx)
    {
        var scope = ctx.Q.Str("Scope") ?? "All";
        if (scope is not ("All" or "AWS" or "Local"))
            throw IamException.Validation("scope", scope, "Member must satisfy enum value set: [All, AWS, Local]");
        var onlyAttached = ctx.Q.Bool("OnlyAttached") ?? false;
        var prefix = Validate.PathPrefix(ctx.Q.Str("PathPrefix"));
        var usage = ctx.Q.Str("PolicyUsageFilter");
        var policies = ctx.State.Policies.Values.Where(p =>
            (scope == "All" || (scope == "AWS") == p.IsAwsManaged)
            && (!onlyAttached || p.AttachmentCount > 0 || p.BoundaryUsageCount > 0)
            && (usage != "PermissionsPolicy" || p.AttachmentCount > 0)
            && (usage != "PermissionsBoundary" || p.BoundaryUsageCount > 0)
            && p.Path.StartsWith(prefix, StringComparison.Ordinal));
        var page = Paging.Sorted(policies, p => p.PolicyName + " " + p.Arn, ctx.Q);
        ctx.Result.Start("Policies");
        foreach (var p in page.Items) EntityWriters.Policy(ctx.Result, "member", p);
        ctx.Result.End();
        Paging.WriteTail(ctx.Result, page);
    }

    private static void CreatePolicy(OperationContext ctx)
    {
        var name = ctx.Q.Req("PolicyName");
        Validate.PolicyName(name);
        var path = Validate.Path(ctx.Q.Str("Path"));
        var document = ctx.Q.Req("PolicyDocument");
        var description = ctx.Q.Str("Description");
        Validate.MaxLength(description, "description", 1000);
        var tags = ctx.Q.Tags();
        CheckDocument(document);
        if (ctx.State.LocalPolicyNames.ContainsKey(name))
            throw new IamException("EntityAlreadyExists", $"A policy called {name} already exists. Duplicate names are not allowed.");
        if (ctx.State.LocalPolicyNames.Count >= PoliciesPerAccount)
            throw new IamException("LimitExceeded", $"Cannot exceed quota for PoliciesPerAccount: {PoliciesPerAccount}");
        var policy = new PolicyEntity
        {
            Arn = $"arn:aws:iam::{ctx.State.AccountId}:policy{path}{name}",
            PolicyName = name, Path = path, Description = description,
            PolicyId = ctx.State.NewId("ANPA"), CreateDate = ctx.Now, UpdateDate = ctx.Now,
            Versions = [new PolicyVersionEntity { VersionId = "v1", Document = document, CreateDate = ctx.Now }],
        };
        EntityWriters.ApplyTags(policy.Tags, tags, "Policy");
        ctx.State.AddPolicy(policy);
        EntityWriters.Policy(ctx.Result, "Policy", policy, tags: true);
    }

    private static void CreatePolicyVersion(OperationContext ctx)
    {
        var policy = Local(ctx);
        var document = ctx.Q.Req("PolicyDocument");
        CheckDocument(document);
        if (policy.Versions.Count >= MaxVersions)
            throw new IamException("LimitExceeded", $"A managed policy can have up to {MaxVersions} versions. Before you create a new version, you must delete an existing version.");
        var version = new PolicyVersionEntity
        {
            VersionId = "v" + policy.NextVersion.ToString(CultureInfo.InvariantCulture),
            Document = document, CreateDate = ctx.Now,
        };
        policy.NextVersion++;
        policy.Versions.Add(version);
        if (ctx.Q.Bool("SetAsDefault") ?? false)
        {
            policy.DefaultVersionId = version.VersionId;
            policy.UpdateDate = ctx.Now;
        }
        EntityWriters.Version(ctx.Result, "PolicyVersion", policy, version, document: false);
    }

    public static void CheckDocument(string document)
    {
        if (Validate.PolicyDocument(document) > MaxDocumentSize)
            throw new IamException("LimitExceeded", $"Cannot exceed quota for PolicySize: {MaxDocumentSize}");
    }

    private static string SortKey(PolicyVersionEntity v) =>
        (1_000_000 - int.Parse(v.VersionId.AsSpan(1), CultureInfo.InvariantCulture)).ToString("D7", CultureInfo.InvariantCulture);

    private static PolicyEntity Get(OperationContext ctx)
    {
        var arn = ctx.Q.Req("PolicyArn");
        return UsersOperations.RequirePolicy(ctx.State, arn);
    }

    private static PolicyEntity Local(OperationContext ctx)
    {
        var policy = Get(ctx);
        return policy.IsAwsManaged
            ? throw new IamException("InvalidInput", $"Policy {policy.Arn} is an AWS managed policy and cannot be modified.")
            : policy;
    }

    private static PolicyVersionEntity FindVersion(PolicyEntity policy, string versionId) =>
        policy.Versions.Find(v => v.VersionId == versionId)
        ?? throw new IamException("NoSuchEntity", $"Policy {policy.Arn} version {versionId} does not exist or is not attachable.");
}
