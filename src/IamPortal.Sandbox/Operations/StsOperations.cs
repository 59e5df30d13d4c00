using IamPortal.Sandbox.Organization;

namespace IamPortal.Sandbox.Operations;

/// <summary>STS GetCallerIdentity and GetAccessKeyInfo (2011-06-15).</summary>
public static class StsOperations
{
    public static void Register(OperationRegistry r)
    {
        r.Sts("GetCallerIdentity", ctx =>
            ctx.Result.El("Arn", ctx.Caller.Arn).El("UserId", ctx.Caller.UserId).El("Account", ctx.Caller.AccountId));
        r.Sts("GetAccessKeyInfo", ctx =>
        {
            var keyId = ctx.Q.Req("AccessKeyId");
            StsValidate.AccessKeyId(keyId);
            var org = ctx.Organization;
            var account = org.OwnerOf(keyId)?.Id ?? DerivedKeys.ForeignAccountId(keyId, id => org.Find(id) is not null);
            ctx.Result.El("Account", account);
        });
    }
}
