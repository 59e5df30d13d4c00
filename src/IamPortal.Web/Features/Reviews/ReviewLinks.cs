namespace IamPortal.Web.Features.Reviews;

/// <summary>The addresses of the access review pages (reminder emails link to <see cref="Campaign"/>).</summary>
public static class ReviewLinks
{
    public const string MyReviews = "reviews";
    public const string MyGroups = "reviews/my-groups";
    public const string Campaigns = "reviews/campaigns";
    public const string NewCampaign = "reviews/campaigns/new";

    /// <summary>The reviewer's page of one campaign.</summary>
    public static string Campaign(Guid id) => $"reviews/{id}";

    /// <summary>The admins' and auditors' summary of one campaign.</summary>
    public static string Summary(Guid id) => $"reviews/campaigns/{id}";

    public static string Group(string groupName) => "groups/" + Uri.EscapeDataString(groupName);

    public static string User(string userName) => "users/" + Uri.EscapeDataString(userName);
}
