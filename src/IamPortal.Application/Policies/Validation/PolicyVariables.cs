using System.Text.RegularExpressions;

namespace IamPortal.Application.Policies.Validation;

/// <summary>Policy variables in a string: ${aws:username}, ${aws:PrincipalTag/team, 'none'}, and the escapes ${*} ${?} ${$}.</summary>
internal static partial class PolicyVariables
{
    [GeneratedRegex(@"^(\*|\?|\$|[A-Za-z0-9_.-]+:[A-Za-z0-9_./:+=@-]+(\s*,\s*'[^']*')?)$")]
    private static partial Regex Variable();

    public static bool Has(string value) => value.Contains("${", StringComparison.Ordinal);

    /// <summary>The first problem with the variables of <paramref name="value"/>, or null when all are well formed.</summary>
    public static string? Problem(string value)
    {
        var start = 0;
        while ((start = value.IndexOf("${", start, StringComparison.Ordinal)) >= 0)
        {
            var end = value.IndexOf('}', start + 2);
            if (end < 0) return $"\"{value}\" opens a policy variable with ${{ but never closes it with }}.";
            var name = value[(start + 2)..end];
            if (!Variable().IsMatch(name))
                return $"\"${{{name}}}\" is not a policy variable: write it as ${{service:key}}, for example ${{aws:username}}.";
            start = end + 1;
        }
        return null;
    }

    /// <summary>The value with every variable replaced by <paramref name="stand"/> (so wildcards and ARN fields can be read around them).</summary>
    public static string Replace(string value, string stand)
    {
        if (!Has(value)) return value;
        var result = new System.Text.StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] == '$' && i + 1 < value.Length && value[i + 1] == '{')
            {
                var end = value.IndexOf('}', i + 2);
                if (end > 0) { result.Append(stand); i = end; continue; }
            }
            result.Append(value[i]);
        }
        return result.ToString();
    }
}
