using IamPortal.Sandbox.Protocol;

namespace IamPortal.Sandbox.Operations;

/// <summary>
/// STS AssumeRole (2011-06-15) into a role of an account of the organization: temporary ASIA credentials, the
/// session's SourceIdentity (kept through role chaining), durations capped by the role's maximum (one hour when chaining).
/// </summary>
public static class AssumeRoleOperations
{
    private const int ChainedMaxSeconds = 3600;

    public static void Register(OperationRegistry r) => r.Sts("AssumeRole", AssumeRole, recorded: true);

    private static void AssumeRole(OperationContext ctx)
    {
        var q = ctx.Q;
        var roleArn = q.Req("RoleArn");
        var sessionName = q.Req("RoleSessionName");
        var (accountId, roleName) = StsValidate.RoleArn(roleArn);
        StsValidate.SessionName(sessionName, "roleSessionName");
        var duration = StsValidate.Duration(q.Int("DurationSeconds"));
        var externalId = q.Str("ExternalId");
        if (externalId is not null) StsValidate.ExternalId(externalId);
        var sourceIdentity = q.Str("SourceIdentity");
        if (sourceIdentity is not null) StsValidate.SourceIdentity(sourceIdentity);

        var account = ctx.Organization.Find(accountId);
        if (account is not null) ctx.EventAccount = account;
        if (account is null || !account.IsActive || !account.HasRole(roleName)) throw Denied(ctx, "sts:AssumeRole", roleArn);
        if (account.ExternalId is { } required && !string.Equals(required, externalId, StringComparison.Ordinal))
            throw Denied(ctx, "sts:AssumeRole", roleArn);

        var chained = ctx.Caller.Session is not null;
        var seconds = duration ?? 3600;
        if (chained && seconds > ChainedMaxSeconds)
            throw new IamException("ValidationError", "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");
        if (seconds > account.MaxSessionDurationSeconds)
            throw new IamException("ValidationError", "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");

        var inherited = ctx.Caller.SourceIdentity;
        if (inherited is not null && sourceIdentity is not null && !string.Equals(inherited, sourceIdentity, StringComparison.Ordinal))
            throw Denied(ctx, "sts:SetSourceIdentity", roleArn);
        var effective = sourceIdentity ?? inherited;
        ctx.EventSourceIdentity = effective;

        var session = ctx.Organization.Sessions.Issue(account, roleName, sessionName, effective, ctx.Now.AddSeconds(seconds), ctx.Now);
        ctx.Result.Start("Credentials")
            .El("AccessKeyId", session.AccessKeyId)
            .El("SecretAccessKey", session.SecretAccessKey)
            .El("SessionToken", session.SessionToken)
            .Date("Expiration", session.Expiration)
            .End();
        ctx.Result.Start("AssumedRoleUser").El("AssumedRoleId", session.AssumedRoleId).El("Arn", session.Arn).End();
        ctx.Result.El("SourceIdentity", session.SourceIdentity).El("PackedPolicySize", 0);
    }

    private static IamException Denied(OperationContext ctx, string action, string resource) =>
        new("AccessDenied", $"User: {ctx.Caller.Arn} is not authorized to perform: {action} on resource: {resource}", 403);
}
