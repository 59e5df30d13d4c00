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

    /// <summary>
    /// Checks entries in sequence order; returns the first broken link, or an intact result with the chain's head.
    /// With an <paramref name="anchor"/> (a head recorded earlier, outside the portal), the entry at that sequence must
    /// still carry that hash: this catches a log rewritten consistently from some entry onwards, which the links alone
    /// cannot.
    /// </summary>
    public static AuditChainVerification Verify(IEnumerable<AuditEntry> entriesInOrder, AuditAnchor? anchor = null)
    {
        var previousHash = GenesisHash;
        long? previousSequence = null;
        var count = 0;
        var anchorSeen = false;
        foreach (var entry in entriesInOrder)
        {
            count++;
            if (previousSequence is { } p && entry.Sequence != p + 1)
                return AuditChainVerification.Broken(count, entry.Sequence, $"Entries {p + 1}–{entry.Sequence - 1} are missing (deleted).");
            if (entry.PreviousHash != previousHash)
                return AuditChainVerification.Broken(count, entry.Sequence, "Its link to the previous entry does not match (an entry before it was deleted or changed).");
            if (Compute(entry.Sequence, entry.Record, entry.PreviousHash) != entry.Hash)
                return AuditChainVerification.Broken(count, entry.Sequence, "Its content does not match its hash (it was edited).");
            if (anchor is { } a && entry.Sequence == a.Sequence)
            {
                if (!string.Equals(entry.Hash, a.Hash, StringComparison.OrdinalIgnoreCase))
                    return AuditChainVerification.Broken(count, entry.Sequence,
                        "It no longer carries the hash recorded earlier: the log was rewritten from this entry or before it.");
                anchorSeen = true;
            }
            previousHash = entry.Hash;
            previousSequence = entry.Sequence;
        }
        if (anchor is { } missing && !anchorSeen)
            return AuditChainVerification.Broken(count, missing.Sequence, "The recorded entry is no longer in the log (the log was cut short).");
        return AuditChainVerification.Intact(count, previousSequence is { } head ? new AuditAnchor(head, previousHash) : null);
    }
}

/// <summary>
/// The chain's head at some moment (sequence and hash), written down outside the portal (a ticket, an evidence
/// archive). Shown and parsed as "sequence:hash".
/// </summary>
public sealed record AuditAnchor(long Sequence, string Hash)
{
    public override string ToString() => $"{Sequence}:{Hash}";

    public static bool TryParse(string? text, out AuditAnchor? anchor)
    {
        anchor = null;
        var parts = (text ?? "").Trim().Split(':');
        if (parts.Length != 2 || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) || sequence < 1
            || parts[1].Length != 64 || !parts[1].All(char.IsAsciiHexDigit))
            return false;
        anchor = new AuditAnchor(sequence, parts[1].ToLowerInvariant());
        return true;
    }
}

public sealed record AuditChainVerification(bool IsIntact, int EntriesChecked, long? FirstBrokenSequence, string? Reason, AuditAnchor? Head = null)
{
    public static AuditChainVerification Intact(int count, AuditAnchor? head = null) => new(true, count, null, null, head);
    public static AuditChainVerification Broken(int count, long sequence, string reason) => new(false, count, sequence, reason);
}
