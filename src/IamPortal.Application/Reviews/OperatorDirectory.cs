using IamPortal.Application.Operators;
using Microsoft.Extensions.Logging;

namespace IamPortal.Application.Reviews;

/// <summary>
/// The operators who signed in. Recording never fails a sign-in (a storage problem is logged); an owner entered by email
/// before their first sign-in ("email:" subject) is matched by that email once they sign in (<see cref="ReviewerIdentity.Matches"/>).
/// </summary>
public sealed class OperatorDirectory(IReviewStore store, IOperatorContext operators, TimeProvider time, ILogger<OperatorDirectory> logger) : IOperatorDirectory
{
    public async Task RecordSignInAsync(string subject, string? email, string displayName, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(subject)) return;
        try
        {
            await store.RecordSignInAsync(subject, email?.Trim() ?? "", string.IsNullOrWhiteSpace(displayName) ? email ?? subject : displayName, time.GetUtcNow(), ct);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not record the sign-in of {Subject} in the operator directory", subject);
        }
    }

    public async Task<IReadOnlyList<KnownOperator>> ListAsync(string? search = null, int take = 50, CancellationToken ct = default)
    {
        operators.EnsureCanRead("list operators");
        return await store.ListOperatorsAsync(search, Math.Clamp(take, 1, 500), ct);
    }
}
