using System.Diagnostics;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Audit;

public sealed class AuditedOperations(IOperatorContext operatorContext, IAuditLog log, ICurrentAccount account, TimeProvider time)
    : IAuditedOperations
{
    public async Task<T> RunAsync<T>(Permission permission, string action, string target, IReadOnlyDictionary<string, object?>? parameters,
        Func<CancellationToken, Task<T>> operation, CancellationToken ct = default)
    {
        var op = await DemandCoreAsync(permission, action, target, parameters, ct);
        try
        {
            var result = await operation(ct);
            await AppendAsync(op, action, target, parameters, AuditOutcomes.Success, null, ct);
            return result;
        }
        catch (IamException e)
        {
            await AppendAsync(op, action, target, parameters, e.Code, e.Message, CancellationToken.None);
            throw;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            await AppendAsync(op, action, target, parameters, AuditOutcomes.Failed, e.GetType().Name, CancellationToken.None);
            throw;
        }
    }

    public Task RunAsync(Permission permission, string action, string target, IReadOnlyDictionary<string, object?>? parameters,
        Func<CancellationToken, Task> operation, CancellationToken ct = default) =>
        RunAsync(permission, action, target, parameters, async c => { await operation(c); return true; }, ct);

    public Task<OperatorIdentity> DemandAsync(Permission permission, string action, string target, CancellationToken ct = default) =>
        DemandCoreAsync(permission, action, target, null, ct);

    public Task RecordInvalidAsync(string action, string target, IReadOnlyDictionary<string, object?>? parameters, string reason, CancellationToken ct = default) =>
        AppendAsync(operatorContext.Current, action, target, parameters, AuditOutcomes.Invalid, reason, ct);

    private async Task<OperatorIdentity> DemandCoreAsync(Permission permission, string action, string target,
        IReadOnlyDictionary<string, object?>? parameters, CancellationToken ct)
    {
        var op = operatorContext.Current;
        if (RolePermissions.Allows(op.Role, permission)) return op;
        var denied = new PortalAccessDeniedException(Describe(action), op.Role);
        await AppendAsync(op, action, target, parameters, AuditOutcomes.Denied, denied.Message, ct);
        throw denied;
    }

    private async Task AppendAsync(OperatorIdentity op, string action, string target, IReadOnlyDictionary<string, object?>? parameters,
        string outcome, string? error, CancellationToken ct)
    {
        var record = new AuditRecord(time.GetUtcNow(), op.Subject, op.Name, op.Email, op.Provider, op.Role.ToString(),
            (await account.GetAsync(ct)).AccountId, action, target, SecretScrubber.ToJson(parameters), outcome, error,
            Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N"));
        await log.AppendAsync(record, ct);
    }

    /// <summary>"Users.DeleteAccessKey" → "delete access key".</summary>
    private static string Describe(string action)
    {
        var verb = action[(action.LastIndexOf('.') + 1)..];
        return string.Concat(verb.Select((c, i) => i > 0 && char.IsUpper(c) ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
    }
}
