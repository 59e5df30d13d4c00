using IamPortal.Application.Findings;
using IamPortal.Web.Features.Groups;
using IamPortal.Web.Features.Policies;
using MudBlazor;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Web.Features.Findings;

/// <summary>Where the portal fixes a failing resource: the user page (credentials, MFA), move-to-group, the group, the policy, the password policy.</summary>
public static class FindingLinks
{
    public const string Findings = "findings";
    public const string Acceptances = "findings/acceptances";

    public static (string Href, string Text)? Fix(CheckDefinition check, FindingResult result)
    {
        var user = result.ResourceType == FindingResourceType.User ? result.ResourceName.Split(" / ")[0] : null;
        var group = result.ResourceType == FindingResourceType.Group ? result.ResourceName.Split(" / ")[0] : null;
        return check.FixLink switch
        {
            FindingFixKind.PasswordPolicy => ("settings/password-policy", "Open the password policy"),
            FindingFixKind.Credentials when user is not null => (GroupLinks.User(user), "Open security credentials"),
            FindingFixKind.Mfa when user is not null => (GroupLinks.User(user), "Enrol MFA"),
            FindingFixKind.Groups when user is not null => (GroupLinks.MoveUser(user), "Move to a group"),
            FindingFixKind.Policy when result.ResourceType == FindingResourceType.Policy && result.ResourceArn is { } arn => (PolicyRoutes.Detail(arn), "Open the policy"),
            _ when user is not null => (GroupLinks.User(user), "Open the user"),
            _ when group is not null => (GroupLinks.Group(group), "Open the group"),
            _ => null,
        };
    }

    public static Color StatusColor(FindingStatus status) => status switch
    {
        FindingStatus.Pass => Color.Success,
        FindingStatus.Fail => Color.Error,
        FindingStatus.Accepted => Color.Info,
        _ => Color.Default,
    };

    public static Color SeverityColor(RiskSeverity severity) => severity switch
    {
        RiskSeverity.Critical => Color.Error,
        RiskSeverity.High => Color.Warning,
        RiskSeverity.Medium => Color.Info,
        _ => Color.Default,
    };
}
