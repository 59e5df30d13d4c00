namespace IamPortal.Web.Features.Policies;

/// <summary>The policy pages' addresses: the ARN URL-encoded as one route segment (its / and : included).</summary>
public static class PolicyRoutes
{
    public const string List = "policies";
    public const string New = "policies/new";

    public static string Detail(string arn) => "policies/" + Uri.EscapeDataString(arn);

    public static string Edit(string arn) => Detail(arn) + "/edit";

    /// <summary>The ARN from the route value: the router leaves an encoded / (%2F) as it is, so decode what is still encoded.</summary>
    public static string ArnFrom(string routeValue) => routeValue.Contains('%') ? Uri.UnescapeDataString(routeValue) : routeValue;
}
