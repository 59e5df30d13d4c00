using System.Globalization;
using System.Text;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Offboarding;

/// <summary>The marks a quarantine leaves on a user: an explicit deny-all inline policy and three tags.</summary>
public static class QuarantinePolicy
{
    public const string PolicyName = "IamPortalQuarantineDenyAll";
    public const string Document = """{"Version":"2012-10-17","Statement":[{"Sid":"IamPortalQuarantine","Effect":"Deny","Action":"*","Resource":"*"}]}""";

    public const string ByTag = "iamportal:quarantined-by";
    public const string AtTag = "iamportal:quarantined-at";
    public const string ReasonTag = "iamportal:quarantined-reason";
    public static readonly IReadOnlyList<string> TagKeys = [ByTag, AtTag, ReasonTag];

    public const string PasswordNote =
        "The console password was deleted by the quarantine and cannot be restored: IAM never reveals a password. " +
        "Set a new console password from the user's page if they need the console again.";

    /// <summary>Makes free text a valid IAM tag value: characters IAM refuses become spaces, at most 256 characters.</summary>
    public static string SanitiseTagValue(string? text)
    {
        var builder = new StringBuilder();
        foreach (var c in (text ?? "").Normalize(NormalizationForm.FormC))
        {
            var allowed = char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is UnicodeCategory.SpaceSeparator || "_.:/=+-@".Contains(c);
            builder.Append(allowed ? c : ' ');
        }
        var value = string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
        value = value.Length > 256 ? value[..256].TrimEnd() : value;
        return IamRules.ValidateTagValue(value) is null ? value : "";
    }

    public static IReadOnlyList<IamTag> Tags(string by, DateTimeOffset at, string reason) =>
    [
        new(ByTag, SanitiseTagValue(by)),
        new(AtTag, at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)),
        new(ReasonTag, SanitiseTagValue(reason)),
    ];
}
