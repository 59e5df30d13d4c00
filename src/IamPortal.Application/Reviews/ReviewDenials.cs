using System.Diagnostics;
using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Reviews;

/// <summary>
/// Records a refusal that the role table alone cannot decide (a team lead has ReviewAccess, but not for another owner's
/// items) as a Denied audit entry, exactly as <see cref="IAuditedOperations"/> records a role refusal.
/// </summary>
public sealed class ReviewDenials(IAuditLog log, ICurrentAccount account, TimeProvider time)
{
    public async Task RecordAsync(OperatorIdentity op, string action, string target, IReadOnlyDictionary<string, object?> parameters, string reason, CancellationToken ct)
    {
        var record = new AuditRecord(time.GetUtcNow(), op.Subject, op.Name, op.Email, op.Provider, op.Role.ToString(),
            (await account.GetAsync(ct)).AccountId, action, target, SecretScrubber.ToJson(parameters), AuditOutcomes.Denied, reason,
            Activity.Current?.TraceId.ToString() ?? Guid.NewGuid().ToString("N"));
        await log.AppendAsync(record, ct);
    }
}
