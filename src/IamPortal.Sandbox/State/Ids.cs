namespace IamPortal.Sandbox.State;

/// <summary>IAM-looking identifiers: a 4-letter prefix (AIDA, AGPA, ANPA, AKIA...) and uppercase alphanumerics.</summary>
public static class Ids
{
    private const string Alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string SecretChars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    public static string New(Random rng, string prefix, int length = 21)
    {
        Span<char> chars = stackalloc char[length];
        prefix.AsSpan().CopyTo(chars);
        for (var i = prefix.Length; i < length; i++) chars[i] = Alnum[rng.Next(Alnum.Length)];
        return new string(chars);
    }

    public static string AccessKeyId(Random rng) => New(rng, "AKIA", 20);

    public static string Secret(Random rng)
    {
        Span<char> chars = stackalloc char[40];
        for (var i = 0; i < chars.Length; i++) chars[i] = SecretChars[rng.Next(SecretChars.Length)];
        return new string(chars);
    }
}
