using IamPortal.Application.Credentials;
using IamPortal.Application.Iam;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Onboarding;

namespace IamPortal.Web.Components.Shared;

/// <summary>
/// The <c>MaxLength</c> of every free-text input. A field with a length rule gets a cap a little over its rule: a value
/// that breaks the rule (typed or pasted) reaches the validator, which says "at most N characters" at the field, instead
/// of the browser cutting it silently to a different value. A field without a rule gets a cap that fits its purpose.
/// Every cap keeps one input event far below the circuit's message limit (<see cref="MaximumReceiveMessageSize"/>), so a
/// paste never drops the circuit.
/// </summary>
public static class InputLimits
{
    /// <summary>How far over its rule a field's cap sits.</summary>
    public const int Slack = 16;

    public const int UserName = IamRules.MaxUserNameLength + Slack;
    public const int Path = IamRules.MaxPathLength + Slack;
    public const int TagKey = IamRules.MaxTagKeyLength + Slack;
    public const int TagValue = IamRules.MaxTagValueLength + Slack;
    public const int Password = IamRules.MaxPasswordLength + Slack;
    public const int MfaCode = CredentialFields.MfaCodeLength + Slack;
    public const int Justification = OnboardingValidator.MaxJustificationLength + Slack;
    public const int QuarantineReason = QuarantineService.MaxReasonLength + Slack;

    /// <summary>Quick searches and column or audit filters: longer than any user name, ARN, tag or action they look for.</summary>
    public const int Search = 256;
    /// <summary>A recorded audit chain head ("sequence:hash", about 85 characters).</summary>
    public const int AuditAnchor = 128;
    /// <summary>Settings: a comma-separated list of required tag keys, a regular expression and its description.</summary>
    public const int RequiredTags = 1024;
    public const int UserNamePattern = 512;
    public const int UserNamePatternHint = 256;

    /// <summary>The largest cap above.</summary>
    public const int Largest = RequiredTags;

    /// <summary>
    /// The circuit's largest incoming SignalR message (ASP.NET Core's default is 32 KB). 64 KB holds an input event of the
    /// <see cref="Largest"/> cap at 6 bytes per UTF-16 unit (a lone surrogate escaped in JSON), and even a 10,000-character
    /// paste of 4-byte characters into an input MudBlazor renders without a cap (a date picker's text).
    /// </summary>
    public const long MaximumReceiveMessageSize = 64 * 1024;

    /// <summary>
    /// For a field without a rule: says so at the field once the value reached its cap, where the browser stopped it (one
    /// short of it when the next character was a surrogate pair the browser does not split).
    /// </summary>
    public static string? AtCap(string? value, int cap, string what) => value?.Length >= cap - 1 ? $"{what} use at most {cap} characters." : null;

    /// <summary>Server side: a value from the browser cut to its cap (never inside a surrogate pair), for inputs that search rather than validate.</summary>
    public static string? Cap(string? value, int cap)
    {
        if (value is null || value.Length <= cap) return value;
        return value[..(char.IsHighSurrogate(value[cap - 1]) ? cap - 1 : cap)];
    }
}
