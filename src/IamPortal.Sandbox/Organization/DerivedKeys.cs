using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace IamPortal.Sandbox.Organization;

/// <summary>
/// Identifiers the Sandbox derives instead of storing: member operator keys and role ids (stable across restarts,
/// so they need not be in the data file), and the account a foreign access key id decodes to.
/// </summary>
public static class DerivedKeys
{
    private const string Base32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string OperatorAccessKeyId(string accountId) => "AKIA" + Chars(Hash("operator-key/" + accountId), 16);

    public static string OperatorSecretAccessKey(string accountId) =>
        Convert.ToBase64String(Hash("operator-secret/" + accountId))[..40];

    public static string RoleId(string accountId, string roleName) => "AROA" + Chars(Hash($"role/{accountId}/{roleName}"), 17);

    /// <summary>
    /// The account a well-formed key id that the Sandbox did not issue belongs to: decoded as AWS encodes it
    /// (base32 after the 4-letter prefix, bits 7..46 of the first 6 bytes) when it decodes, else a hash of the key.
    /// </summary>
    public static string ForeignAccountId(string accessKeyId, Func<string, bool> isKnownAccount)
    {
        var id = Decode(accessKeyId[4..]) ?? (long)(BitConverter.ToUInt64(Hash("foreign/" + accessKeyId)) % 1_000_000_000_000UL);
        for (var salt = 0; ; salt++)
        {
            var text = id.ToString("D12", CultureInfo.InvariantCulture);
            if (!isKnownAccount(text)) return text;
            id = (long)(BitConverter.ToUInt64(Hash($"foreign/{salt}/{accessKeyId}")) % 1_000_000_000_000UL);
        }
    }

    private static long? Decode(string rest)
    {
        if (rest.Length < 10) return null;
        ulong bits = 0;
        for (var i = 0; i < 10; i++)
        {
            var v = Base32.IndexOf(rest[i], StringComparison.Ordinal);
            if (v < 0) return null;
            bits = (bits << 5) | (uint)v;
        }
        // 50 bits decoded; the first 48 are the 6 bytes AWS reads.
        var z = bits >> 2;
        var account = (long)((z & 0x7fffffffff80UL) >> 7);
        return account < 1_000_000_000_000L ? account : null;
    }

    private static byte[] Hash(string text) => SHA256.HashData(Encoding.UTF8.GetBytes("iam-sandbox/" + text));

    private static string Chars(byte[] hash, int length)
    {
        var sb = new StringBuilder(length);
        for (var i = 0; i < length; i++) sb.Append(Base32[hash[i] % 32]);
        return sb.ToString();
    }
}
