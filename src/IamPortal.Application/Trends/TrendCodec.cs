using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace IamPortal.Application.Trends;

/// <summary>The document a snapshot's hash covers: who, when, which account, the summary and every finding.</summary>
public sealed record TrendDocument(int Schema, string AccountId, DateTimeOffset TakenAt, string TakenBy, TrendSummary Summary, IReadOnlyList<TrendFinding> Findings);

/// <summary>
/// A snapshot's canonical form: UTF-8 JSON with a fixed property order, findings sorted by check then resource,
/// dictionaries sorted by key, times in UTC, no whitespace. The same state always gives the same bytes, so its SHA-256
/// proves later that a stored or exported snapshot is the one taken. Stored gzip-compressed.
/// </summary>
public static class TrendCodec
{
    public const int Schema = 1;

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter() },
    };

    public static TrendDocument Normalize(TrendDocument d) => d with
    {
        TakenAt = d.TakenAt.ToUniversalTime(),
        Summary = d.Summary with
        {
            MfaCoveragePercent = Math.Round(d.Summary.MfaCoveragePercent, 2),
            FailingBySeverity = new SortedDictionary<string, int>(d.Summary.FailingBySeverity.ToDictionary(), StringComparer.Ordinal),
            FailingByCheck = new SortedDictionary<string, int>(d.Summary.FailingByCheck.ToDictionary(), StringComparer.Ordinal),
        },
        Findings = [.. d.Findings.OrderBy(f => f.CheckId, StringComparer.Ordinal).ThenBy(f => f.Resource, StringComparer.Ordinal)],
    };

    public static byte[] Canonical(TrendDocument document) => JsonSerializer.SerializeToUtf8Bytes(Normalize(document), Json);

    public static string Sha256(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    public static TrendDocument Parse(byte[] canonical) =>
        JsonSerializer.Deserialize<TrendDocument>(canonical, Json) ?? throw new InvalidDataException("Empty trend snapshot.");

    public static string SerializeSummary(TrendSummary summary) => JsonSerializer.Serialize(summary, Json);

    public static TrendSummary ParseSummary(string json) =>
        JsonSerializer.Deserialize<TrendSummary>(json, Json) ?? throw new InvalidDataException("Empty trend summary.");

    public static byte[] Compress(byte[] content)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: true)) gzip.Write(content);
        return output.ToArray();
    }

    public static byte[] Decompress(byte[] compressed)
    {
        using var input = new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        using var output = new MemoryStream();
        input.CopyTo(output);
        return output.ToArray();
    }
}
