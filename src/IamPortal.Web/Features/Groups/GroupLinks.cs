using MudBlazor;

namespace IamPortal.Web.Features.Groups;

/// <summary>The group feature's addresses.</summary>
public static class GroupLinks
{
    public static string Group(string groupName) => $"groups/{Uri.EscapeDataString(groupName)}";

    public static string Delete(string groupName) => $"groups/{Uri.EscapeDataString(groupName)}/delete";

    public static string User(string userName) => $"users/{Uri.EscapeDataString(userName)}";

    /// <summary>"Move to a group" for one user (the link the user's page offers).</summary>
    public static string MoveUser(string userName) => $"users/{Uri.EscapeDataString(userName)}/move-to-group";

    /// <summary>"Move to a group" for several users with the same direct policies (the users list's bulk action).</summary>
    public static string MoveUsers(IEnumerable<string> userNames) => "groups/move-users?users=" + Uri.EscapeDataString(string.Join(",", userNames));

    /// <summary>The breadcrumb of a group's pages: Groups / the group.</summary>
    public static List<BreadcrumbItem> Breadcrumbs(string groupName) =>
    [
        new BreadcrumbItem("Groups", href: "groups", icon: Icons.Material.Filled.Groups),
        new BreadcrumbItem(groupName, href: Group(groupName)),
    ];
}
