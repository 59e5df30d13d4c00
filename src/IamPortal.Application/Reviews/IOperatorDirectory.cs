namespace IamPortal.Application.Reviews;

/// <summary>The operators who signed in to the portal: owners and reviewers are chosen from them.</summary>
public interface IOperatorDirectory
{
    /// <summary>Called by the web host at each sign-in; never throws for a storage problem (sign-in must not fail).</summary>
    Task RecordSignInAsync(string subject, string? email, string displayName, CancellationToken ct = default);

    /// <summary>Operators whose name or email contains <paramref name="search"/> (all when null), most recent first.</summary>
    Task<IReadOnlyList<KnownOperator>> ListAsync(string? search = null, int take = 50, CancellationToken ct = default);
}
