using Humanizer;
using IamPortal.Application.Offboarding;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>The counts a bulk action shows, pluralised ("1 user", "3 users").</summary>
public static class BulkWording
{
    public static string Users(int count) => "user".ToQuantity(count);

    /// <summary>"Deactivate keys: 1 user?"</summary>
    public static string Question(BulkUserAction action, int count) => $"{BulkRunState.LabelOf(action)}: {Users(count)}?";

    /// <summary>"these users", or "this user" for one.</summary>
    public static string These(int count) => count == 1 ? "this user" : "these users";
}
