using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>ListAccessKeys, CreateAccessKey, UpdateAccessKey, DeleteAccessKey, GetAccessKeyLastUsed.</summary>
public static class AccessKeyOperations
{
    public const int KeysPerUser = 2;

    public static void Register(OperationRegistry r)
    {
        r.Read("ListAccessKeys", ctx =>
        {
            var user = ctx.ResolveUser();
            var page = Paging.Sorted(user.AccessKeys, k => k.AccessKeyId, ctx.Q);
            var x = ctx.Result.Start("AccessKeyMetadata");
            foreach (var k in page.Items)
                x.Start("member").El("UserName", user.UserName).El("AccessKeyId", k.AccessKeyId)
                    .El("Status", k.Status).Date("CreateDate", k.CreateDate).End();
            x.End();
            Paging.WriteTail(x, page);
        });
        r.Write("CreateAccessKey", CreateAccessKey, hasResult: true);
        r.Write("UpdateAccessKey", ctx =>
        {
            var user = ctx.ResolveUser();
            var key = Find(user, ctx.Q.Req("AccessKeyId"));
            var status = ctx.Q.Req("Status");
            if (status is not ("Active" or "Inactive"))
                throw IamException.Validation("status", status, "Member must satisfy enum value set: [Active, Inactive]");
            key.Status = status;
        });
        r.Write("DeleteAccessKey", ctx =>
        {
            var user = ctx.ResolveUser();
            var key = Find(user, ctx.Q.Req("AccessKeyId"));
            user.AccessKeys.Remove(key);
            ctx.State.AccessKeys.Remove(key.AccessKeyId);
        });
        r.Read("GetAccessKeyLastUsed", ctx =>
        {
            var id = ctx.Q.Req("AccessKeyId");
            if (!ctx.State.AccessKeys.TryGetValue(id, out var entry))
                throw new IamException("NoSuchEntity", $"The Access Key with id {id} cannot be found");
            var k = entry.Key;
            ctx.Result.El("UserName", entry.User.UserName).Start("AccessKeyLastUsed")
                .Date("LastUsedDate", k.LastUsedDate)
                .El("ServiceName", k.LastUsedService ?? "N/A").El("Region", k.LastUsedRegion ?? "N/A").End();
        });
    }

    private static void CreateAccessKey(OperationContext ctx)
    {
        var user = ctx.ResolveUser();
        if (user.AccessKeys.Count >= KeysPerUser)
            throw new IamException("LimitExceeded", $"Cannot exceed quota for AccessKeysPerUser: {KeysPerUser}");
        var key = new AccessKey
        {
            AccessKeyId = NewUniqueKeyId(ctx.State),
            SecretAccessKey = Ids.Secret(ctx.State.Rng),
            CreateDate = ctx.Now,
        };
        user.AccessKeys.Add(key);
        ctx.State.AccessKeys[key.AccessKeyId] = (user, key);
        ctx.Result.Start("AccessKey").El("UserName", user.UserName).El("AccessKeyId", key.AccessKeyId)
            .El("Status", key.Status).El("SecretAccessKey", key.SecretAccessKey).Date("CreateDate", key.CreateDate).End();
    }

    public static string NewUniqueKeyId(IamState state)
    {
        string id;
        do id = Ids.AccessKeyId(state.Rng);
        while (state.AccessKeys.ContainsKey(id) || id == SandboxAccount.OperatorAccessKeyId);
        return id;
    }

    private static AccessKey Find(UserEntity user, string id) =>
        user.AccessKeys.Find(k => k.AccessKeyId == id)
        ?? throw new IamException("NoSuchEntity", $"The Access Key with id {id} cannot be found");
}
