using System.Diagnostics;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Audit;

/// <summary>
/// The one path every mutation takes: demand the permission (a refusal is audited and thrown), run the IAM work,
/// record the outcome (Success or IAM's error code) against the operator, rethrow failures.
/// </summary>
public interface IAuditedOperations
{
    Task<T> RunAsync<T>(Permission permission, string action, string target, IReadOnlyDictionary<string, object?>? parameters,
        Func<CancellationToken, Task<T>> operation, CancellationToken ct = default);

    Task RunAsync(Permission permission, string action, string target, IReadOnlyDictionary<string, object?>? parameters,
        Func<CancellationToken, Task> operation, CancellationToken ct = default);

    /// <summary>Demands a permission for an action that is about to start; a refusal is audited and thrown.</summary>
    Task<OperatorIdentity> DemandAsync(Permission permission, string action, string target, CancellationToken ct = default);

    /// <summary>Records an attempt the portal refused before calling IAM (bad input).</summary>
    Task RecordInvalidAsync(string action, string target, IReadOnlyDictionary<string, object?>? parameters, string reason, CancellationToken ct = default);
}
