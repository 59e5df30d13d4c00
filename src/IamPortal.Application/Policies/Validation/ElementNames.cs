using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Validation;

/// <summary>Element names are case-sensitive: an unknown or mis-cased name is refused by IAM.</summary>
internal static class ElementNames
{
    public static void Check(JsonMember member, string[] known, string where, int? statement, FindingSink findings)
    {
        if (known.Contains(member.Name, StringComparer.Ordinal)) return;
        var correct = known.FirstOrDefault(k => string.Equals(k, member.Name, StringComparison.OrdinalIgnoreCase));
        findings.Add(FindingLevel.Error, ValidationCodes.UnknownElement, correct is not null
            ? $"\"{member.Name}\" must be written \"{correct}\": element names are case-sensitive."
            : $"\"{member.Name}\" is not an element of a {where}. Allowed: {string.Join(", ", known)}.",
            member, statement);
    }
}
