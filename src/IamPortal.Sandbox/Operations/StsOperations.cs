namespace IamPortal.Sandbox.Operations;

/// <summary>STS GetCallerIdentity (2011-06-15).</summary>
public static class StsOperations
{
    public static void Register(OperationRegistry r) =>
        r.Sts("GetCallerIdentity", ctx =>
            ctx.Result.El("Arn", ctx.Caller.Arn).El("UserId", ctx.Caller.UserId).El("Account", SandboxAccount.AccountId));
}
