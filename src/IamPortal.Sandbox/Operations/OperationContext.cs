using IamPortal.Sandbox.Auth;
using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>Everything one operation needs; handlers run under the state lock.</summary>
public sealed class OperationContext(QueryRequest request, IamState state, CallerIdentity caller, DateTimeOffset now)
{
    public QueryRequest Q { get; } = request;
    public IamState State { get; } = state;
    public CallerIdentity Caller { get; } = caller;
    public DateTimeOffset Now { get; } = now;
    public XmlOut Result { get; } = new();

    /// <summary>
    /// The user named by UserName, or the calling user when it is omitted. Role sessions (the operator) have
    /// no implicit user: IAM answers ValidationError in that case.
    /// </summary>
    public UserEntity ResolveUser(string parameter = "UserName")
    {
        if (Q.Str(parameter) is { } name)
        {
            Validate.UserName(name, QueryRequest.Camel(parameter));
            return State.GetUser(name);
        }
        return Caller.User is { } self && State.Users.TryGetValue(self.UserName, out var u) && ReferenceEquals(u, self)
            ? u
            : throw new IamException("ValidationError", "Must specify userName when calling with non-User credentials");
    }
}

public delegate void OperationHandler(OperationContext ctx);

public sealed record OperationDefinition(string Action, OperationHandler Handler, bool HasResult, bool Mutates);

/// <summary>Maps an Action name to its handler, per service (iam / sts).</summary>
public sealed class OperationRegistry
{
    private readonly Dictionary<string, OperationDefinition> _iam = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OperationDefinition> _sts = new(StringComparer.Ordinal);

    public void Read(string action, OperationHandler handler) => _iam[action] = new(action, handler, true, false);

    public void Write(string action, OperationHandler handler, bool hasResult = false) => _iam[action] = new(action, handler, hasResult, true);

    public void Sts(string action, OperationHandler handler) => _sts[action] = new(action, handler, true, false);

    public OperationDefinition? Find(string service, string action) =>
        (service == "sts" ? _sts : _iam).GetValueOrDefault(action);

    public bool IsSts(string action) => _sts.ContainsKey(action) && !_iam.ContainsKey(action);

    public IEnumerable<string> Actions => _iam.Keys.Concat(_sts.Keys);

    public static OperationRegistry CreateDefault()
    {
        var r = new OperationRegistry();
        UsersOperations.Register(r);
        UserTagsOperations.Register(r);
        LoginProfileOperations.Register(r);
        AccessKeyOperations.Register(r);
        MfaOperations.Register(r);
        GroupOperations.Register(r);
        ManagedPolicyOperations.Register(r);
        PolicyAttachmentOperations.Register(r);
        InlinePolicyOperations.Register(r);
        OtherCredentialOperations.Register(r);
        OtherCredentialUploads.Register(r);
        CredentialReportOperations.Register(r);
        AuthorizationDetailsOperations.Register(r);
        AccountOperations.Register(r);
        ServiceLastAccessedOperations.Register(r);
        StsOperations.Register(r);
        return r;
    }
}
