using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Validation;

/// <summary>IAM's size limits and character set for policy documents (whitespace not counted).</summary>
public static class PolicySize
{
    public const int ManagedLimit = 6144;
    public const int UserInlineLimit = 2048;
    public const int GroupInlineLimit = 5120;

    public static int LimitOf(PolicyDocumentKind kind) => kind switch
    {
        PolicyDocumentKind.UserInline => UserInlineLimit,
        PolicyDocumentKind.GroupInline => GroupInlineLimit,
        _ => ManagedLimit,
    };

    /// <summary>The characters IAM counts: all but whitespace.</summary>
    public static int Of(string document)
    {
        var size = 0;
        foreach (var c in document)
            if (!char.IsWhiteSpace(c)) size++;
        return size;
    }

    /// <summary>TAB, LF, CR and U+0020 to U+00FF.</summary>
    public static bool IsAllowed(char c) => c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\u00FF');

    internal static void Check(string document, PolicyDocumentKind kind, int size, int otherInlineSize, FindingSink findings)
    {
        var limit = LimitOf(kind);
        if (size + otherInlineSize > limit)
            findings.Add(FindingLevel.Error, ValidationCodes.PolicySizeExceedsQuota, kind == PolicyDocumentKind.Managed
                ? $"The policy has {size:N0} characters (whitespace not counted); a managed policy may have at most {limit:N0}."
                : $"This policy has {size:N0} characters and the {(kind == PolicyDocumentKind.UserInline ? "user" : "group")}'s other inline policies {otherInlineSize:N0}; together they may have at most {limit:N0} (whitespace not counted).",
                1, 1);

        var bad = 0;
        var first = -1;
        for (var i = 0; i < document.Length; i++)
            if (!IsAllowed(document[i])) { bad++; if (first < 0) first = i; }
        if (bad == 0) return;
        var (line, column) = TextPositions.OfCharIndex(document, first);
        var c = document[first];
        findings.Add(FindingLevel.Error, ValidationCodes.InvalidCharacter,
            $"IAM accepts only tab, line breaks and the characters U+0020 to U+00FF; \"{c}\" (U+{(int)c:X4}) is not one of them{(bad > 1 ? $" ({bad} such characters in all)" : "")}. Typographic quotes and dashes are a common cause.",
            line, column);
    }
}
