using IamPortal.Sandbox.Protocol;

namespace IamPortal.Sandbox.Operations;

/// <summary>TagUser, UntagUser, ListUserTags.</summary>
public static class UserTagsOperations
{
    public static void Register(OperationRegistry r)
    {
        r.Write("TagUser", ctx =>
        {
            var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
            var tags = ctx.Q.Tags();
            if (tags.Count == 0) throw IamException.Validation("tags", null, "Member must not be null");
            EntityWriters.ApplyTags(user.Tags, tags, "User");
        });
        r.Write("UntagUser", ctx =>
        {
            var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
            var keys = ctx.Q.Members("TagKeys");
            if (keys.Count == 0) throw IamException.Validation("tagKeys", null, "Member must not be null");
            user.Tags.RemoveAll(t => keys.Contains(t.Key, StringComparer.OrdinalIgnoreCase));
        });
        r.Read("ListUserTags", ctx =>
        {
            var user = ctx.State.GetUser(ctx.Q.Req("UserName"));
            var page = Paging.Sorted(user.Tags, t => t.Key, ctx.Q);
            EntityWriters.Tags(ctx.Result, page.Items);
            Paging.WriteTail(ctx.Result, page);
        });
    }
}
