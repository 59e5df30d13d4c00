using System.Text;

namespace IamPortal.Sandbox.Protocol;

/// <summary>
/// IAM pagination: MaxItems 1–1000 (default 100) and an opaque Marker. The marker encodes the sort key of the
/// last item returned, so a page stays correct when items are added or removed between calls.
/// </summary>
public static class Paging
{
    public sealed record Page<T>(IReadOnlyList<T> Items, string? NextMarker)
    {
        public bool IsTruncated => NextMarker is not null;
    }

    public static int MaxItems(QueryRequest q)
    {
        var max = q.Int("MaxItems") ?? 100;
        if (max is < 1 or > 1000)
            throw IamException.Validation("maxItems", max.ToString(System.Globalization.CultureInfo.InvariantCulture),
                "Member must have value less than or equal to 1000 and greater than or equal to 1");
        return max;
    }

    /// <summary>Pages a list already sorted by <paramref name="key"/> (ordinal, case-insensitive).</summary>
    public static Page<T> Apply<T>(IReadOnlyList<T> sorted, Func<T, string> key, QueryRequest q)
    {
        var max = MaxItems(q);
        var start = 0;
        if (q.Str("Marker") is { } marker)
        {
            var after = Decode(marker);
            int lo = 0, hi = sorted.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (StringComparer.OrdinalIgnoreCase.Compare(key(sorted[mid]), after) <= 0) lo = mid + 1; else hi = mid;
            }
            start = lo;
        }
        var count = Math.Min(max, sorted.Count - start);
        var items = new T[count];
        for (var i = 0; i < count; i++) items[i] = sorted[start + i];
        var next = start + count < sorted.Count && count > 0 ? Encode(key(items[^1])) : null;
        return new Page<T>(items, next);
    }

    /// <summary>Sorts then pages (for small per-entity lists).</summary>
    public static Page<T> Sorted<T>(IEnumerable<T> items, Func<T, string> key, QueryRequest q) =>
        Apply(items.OrderBy(key, StringComparer.OrdinalIgnoreCase).ToList(), key, q);

    public static void WriteTail<T>(XmlOut x, Page<T> page)
    {
        x.El("IsTruncated", page.IsTruncated);
        x.El("Marker", page.NextMarker);
    }

    public static string Encode(string key) => Convert.ToBase64String(Encoding.UTF8.GetBytes("m1:" + key));

    public static string Decode(string marker)
    {
        try
        {
            var s = Encoding.UTF8.GetString(Convert.FromBase64String(marker));
            if (s.StartsWith("m1:", StringComparison.Ordinal)) return s[3..];
        }
        catch (FormatException)
        {
        }
        throw new IamException("ValidationError", "Invalid Marker.");
    }
}
