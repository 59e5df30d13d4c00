using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IamPortal.Application.Audit;

/// <summary>
/// The tamper-evident chain: each entry's hash is SHA-256 over its sequence, every field of its record and the previous
/// entry's hash. Editing an entry breaks its own hash; deleting one breaks the next entry's link.
/// </summary>
public static class AuditHasher
{
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(long sequence, AuditRecord r, string previousHash)
    {
        var canonical = string.Join('\u001f',
            sequence.ToString(CultureInfo.InvariantCulture),
            r.Timestamp.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
            r.OperatorSubject, r.OperatorName, r.OperatorEmail ?? "", r.Provider, r.Role, r.AccountId,
            r.Action, r.Target, r.ParametersJson, r.Outcome, r.Error ?? "", r.CorrelationId, previousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    /// <summary>Checks entries in sequence order; returns the first broken link, or an intact result.</summary>
    public static AuditChainVerification Verify(IEnumerable<AuditEntry> entriesInOrder)
    {
        var previousHash = GenesisHash;
        long? previousSequence = null;
        var count = 0;
        foreach (var entry in entriesInOrder)
        {
            count++;
            if (previousSequence is { } p && entry.Sequence != p + 1)
                return AuditChainVerification.Broken(count, entry.Sequence, $"Entries {p + 1}–{entry.Sequence - 1} are missing (deleted).");
            if (entry.PreviousHash != previousHash)
                return AuditChainVerification.Broken(count, entry.Sequence, "Its link to the previous entry does not match (an entry before it was deleted or changed).");
            if (Compute(entry.Sequence, entry.Record, entry.PreviousHash) != entry.Hash)
                return AuditChainVerification.Broken(count, entry.Sequence, "Its content does not match its hash (it was edited).");
            previousHash = entry.Hash;
            previousSequence = entry.Sequence;
        }
        return AuditChainVerification.Intact(count);
    }
}

public sealed record AuditChainVerification(bool IsIntact, int EntriesChecked, long? FirstBrokenSequence, string? Reason)
{
    public static AuditChainVerification Intact(int count) => new(true, count, null, null);
    public static AuditChainVerification Broken(int count, long sequence, string reason) => new(false, count, sequence, reason);
}
