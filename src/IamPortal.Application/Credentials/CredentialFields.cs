using System.Text.RegularExpressions;

namespace IamPortal.Application.Credentials;

/// <summary>The form fields credential commands report errors at, and the checks shared by several commands.</summary>
public static partial class CredentialFields
{
    public const string Password = "Password";
    public const string AccessKeys = "AccessKeys";
    public const string AccessKeyId = "AccessKeyId";
    public const string Code1 = "Code1";
    public const string Code2 = "Code2";
    public const string SerialNumber = "SerialNumber";
    public const string TagKey = "Key";
    public const string TagValue = "Value";
    public const string Rotation = "Rotation";
    public const int MfaCodeLength = 6;

    [GeneratedRegex(@"^\d{6}$")]
    private static partial Regex SixDigits();

    [GeneratedRegex(@"^[\w]{16,128}$")]
    private static partial Regex AccessKeyIdPattern();

    /// <summary>Two consecutive 6-digit TOTP codes, as EnableMFADevice and ResyncMFADevice take them.</summary>
    public static IReadOnlyDictionary<string, string> ValidateCodes(string? code1, string? code2)
    {
        var errors = new Dictionary<string, string>();
        if (!SixDigits().IsMatch(code1 ?? "")) errors[Code1] = "Enter the 6-digit code the device shows now.";
        if (!SixDigits().IsMatch(code2 ?? "")) errors[Code2] = "Wait for the next code and enter those 6 digits.";
        else if (code1 == code2) errors[Code2] = "The second code must be the next one the device shows (wait about 30 seconds).";
        return errors;
    }

    public static string? ValidateAccessKeyId(string? id) =>
        id is not null && AccessKeyIdPattern().IsMatch(id) ? null : "Not an access key ID (16 to 128 letters and digits).";

    public static string? ValidateSerialNumber(string? serial) =>
        serial is { Length: >= 9 and <= 256 } && !serial.Any(char.IsWhiteSpace) ? null : "Not an MFA device serial number (9 to 256 characters).";

    /// <summary>Virtual devices have an ARN serial (arn:aws:iam::123456789012:mfa/name); hardware tokens a plain serial.</summary>
    public static bool IsVirtualMfa(string serialNumber) =>
        serialNumber.StartsWith("arn:", StringComparison.Ordinal) && serialNumber.Contains(":mfa/", StringComparison.Ordinal);
}
