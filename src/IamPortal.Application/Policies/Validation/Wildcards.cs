namespace IamPortal.Application.Policies.Validation;

/// <summary>IAM's wildcards: * (any run of characters, also none) and ? (one character).</summary>
internal static class Wildcards
{
    public static bool Has(string value) => value.Contains('*') || value.Contains('?');

    /// <summary>Does the glob <paramref name="pattern"/> match <paramref name="text"/> (case-insensitively)?</summary>
    public static bool IsMatch(string pattern, string text)
    {
        int p = 0, t = 0, star = -1, mark = 0;
        while (t < text.Length)
        {
            if (p < pattern.Length && (pattern[p] == '?' || char.ToLowerInvariant(pattern[p]) == char.ToLowerInvariant(text[t]))) { p++; t++; }
            else if (p < pattern.Length && pattern[p] == '*') { star = p++; mark = t; }
            else if (star >= 0) { p = star + 1; t = ++mark; }
            else return false;
        }
        while (p < pattern.Length && pattern[p] == '*') p++;
        return p == pattern.Length;
    }

    /// <summary>
    /// Can some ARN match both a resource type's pattern and a policy's Resource value (with * and ? wildcards and
    /// ${policy:variables})? A ${Placeholder} of the pattern stands for one or more characters without ':', except the last one,
    /// which takes the rest (an object key, a role name with its path, a function with its qualifier). Lenient on purpose: a
    /// resource is reported only when it cannot be of the type. Compared case-insensitively.
    /// </summary>
    public static bool CanOverlap(string typePattern, string resource)
    {
        var a = Tokens(typePattern, placeholderIsOneOrMore: true);
        var b = Tokens(resource, placeholderIsOneOrMore: false);
        var memo = new sbyte[a.Count + 1, b.Count + 1];
        return Overlap(a, b, 0, 0, memo);
    }

    private const char AnyRun = '\uFFFF';
    private const char AnyOne = '\uFFFE';
    private const char SegmentRun = '\uFFFD';
    private const char SegmentOne = '\uFFFC';

    private static bool IsRun(char token) => token is AnyRun or SegmentRun;

    private static bool Fits(char token, char other) =>
        token is not (SegmentRun or SegmentOne) || other != ':';

    private static List<char> Tokens(string value, bool placeholderIsOneOrMore)
    {
        var tokens = new List<char>(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '$' && i + 1 < value.Length && value[i + 1] == '{')
            {
                var end = value.IndexOf('}', i + 2);
                if (end > 0)
                {
                    var last = end == value.Length - 1;
                    if (placeholderIsOneOrMore) tokens.Add(last ? AnyOne : SegmentOne);
                    tokens.Add(placeholderIsOneOrMore && !last ? SegmentRun : AnyRun);
                    i = end;
                    continue;
                }
            }
            if (!placeholderIsOneOrMore && c == '*') tokens.Add(AnyRun);
            else if (!placeholderIsOneOrMore && c == '?') tokens.Add(AnyOne);
            else tokens.Add(char.ToLowerInvariant(c));
        }
        return tokens;
    }

    private static bool Overlap(List<char> a, List<char> b, int i, int j, sbyte[,] memo)
    {
        if (memo[i, j] != 0) return memo[i, j] > 0;
        bool result;
        if (i == a.Count && j == b.Count) result = true;
        else if (i < a.Count && IsRun(a[i]))
            result = Overlap(a, b, i + 1, j, memo) || (j < b.Count && Fits(a[i], b[j]) && Overlap(a, b, i, j + 1, memo));
        else if (j < b.Count && IsRun(b[j]))
            result = Overlap(a, b, i, j + 1, memo) || (i < a.Count && Overlap(a, b, i + 1, j, memo));
        else if (i == a.Count || j == b.Count) result = false;
        else result = (a[i] == b[j] || (a[i] is AnyOne or SegmentOne && Fits(a[i], b[j])) || b[j] == AnyOne) && Overlap(a, b, i + 1, j + 1, memo);
        memo[i, j] = result ? (sbyte)1 : (sbyte)-1;
        return result;
    }
}
