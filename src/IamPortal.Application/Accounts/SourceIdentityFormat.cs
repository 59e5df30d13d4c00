using System.Text;

namespace IamPortal.Application.Accounts;

/// <summary>An operator's identity in the form STS accepts as SourceIdentity: 2–64 of [\w+=,.@-], never starting "aws:".</summary>
public static class SourceIdentityFormat
{
    public static string From(string operatorKey)
    {
        var b = new StringBuilder(64);
        foreach (var c in operatorKey.Trim())
        {
            if (b.Length == 64) break;
            b.Append(char.IsAsciiLetterOrDigit(c) || c is '_' or '+' or '=' or ',' or '.' or '@' or '-' ? c : '-');
        }
        while (b.Length < 2) b.Append('-');
        return b.ToString();
    }
}
