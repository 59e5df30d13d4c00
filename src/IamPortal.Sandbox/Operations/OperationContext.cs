using IamPortal.Sandbox.Auth;
using IamPortal.Sandbox.Organization;
using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>Everything one operation needs; handlers run under the state lock unless registered as organization-wide.</summary>
public sealed class OperationContext(QueryRequest request, IamState state, CallerIdentity caller, DateTimeOffset now, SandboxOrganization organization)
{
    public SandboxOrganization Organization { get; } = organization;

    /// <summary>The account whose event log records the request: the caller's, unless the operation names another (AssumeRole: the role's).</summary>
    public OrganizationAccount EventAccount { get; set; } = caller.Account;

    /// <summary>The SourceIdentity the event records: the caller's session's, or the one a new session was given.</summary>
    public string? EventSourceIdentity { get; set; } = caller.SourceIdentity;

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

/// <summary>
/// An operation: <paramref name="Mutates"/> changes the account's state (saved, recorded); <paramref name="Recorded"/> goes
/// to the event log; <paramref name="Locked"/> runs under the caller's state lock (organization-wide STS operations do not,
/// so they can look into other accounts one lock at a time).
/// </summary>
public sealed record OperationDefinition(string Action, OperationHandler Handler, bool HasResult, bool Mutates, bool Recorded, bool Locked);

/// <summary>Maps an Action name to its handler, per service (iam / sts).</summary>
public sealed class OperationRegistry
{
    private readonly Dictionary<string, OperationDefinition> _iam = new(StringComparer.Ordinal);
    private readonly Dictionary<string, OperationDefinition> _sts = new(StringComparer.Ordinal);

    public void Read(string action, OperationHandler handler) => _iam[action] = new(action, handler, true, false, false, true);

    public void Write(string action, OperationHandler handler, bool hasResult = false) => _iam[action] = new(action, handler, hasResult, true, true, true);

    /// <summary>An STS operation over the whole organization (no state lock held); <paramref name="recorded"/> for those that change something (AssumeRole).</summary>
    public void Sts(string action, OperationHandler handler, bool recorded = false) => _sts[action] = new(action, handler, true, false, recorded, false);

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
        AssumeRoleOperations.Register(r);
        return r;
    }
}
