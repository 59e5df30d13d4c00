using System.Security.Cryptography;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Onboarding;

/// <summary>
/// Cryptographically random console passwords that satisfy the account's live password policy: at least 16 characters
/// (or the policy's minimum if longer), one of each character class (symbols from <see cref="IamRules.PasswordSymbols"/>).
/// </summary>
public static class PasswordGenerator
{
    public const int MinimumLength = 16;
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Digits = "23456789";

    public static string Generate(IamPasswordPolicy? policy)
    {
        var length = Math.Clamp(Math.Max(MinimumLength, policy?.MinimumPasswordLength ?? 0), MinimumLength, 128);
        string[] classes = [Upper, Lower, Digits, IamRules.PasswordSymbols];
        var all = string.Concat(classes);
        var chars = new char[length];
        // One of every class whatever the policy says, the rest from the whole alphabet, then a shuffle.
        for (var i = 0; i < classes.Length; i++) chars[i] = Pick(classes[i]);
        for (var i = classes.Length; i < length; i++) chars[i] = Pick(all);
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        // Never start with a character a spreadsheet or shell treats specially.
        if (chars[0] is '=' or '+' or '-' or '@')
        {
            var swap = Array.FindIndex(chars, char.IsAsciiLetterOrDigit);
            (chars[0], chars[swap]) = (chars[swap], chars[0]);
        }
        return new string(chars);
    }

    private static char Pick(string alphabet) => alphabet[RandomNumberGenerator.GetInt32(alphabet.Length)];
}
