using IamPortal.Application.Inventory;

namespace IamPortal.Application.Findings.Checks;

/// <summary>Builds results for the common resources so every check names them the same way.</summary>
internal static class CheckResults
{
    public const string AdministratorAccessArn = "arn:aws:iam::aws:policy/AdministratorAccess";
    public const string RootId = "root";

    public static FindingResult User(string checkId, UserInventoryRow user, bool pass, string detail) =>
        new(checkId, FindingResourceType.User, user.UserId, user.UserName, user.Arn, pass ? FindingStatus.Pass : FindingStatus.Fail, detail);

    public static FindingResult Root(string checkId, FindingInputAccount account, FindingStatus status, string detail) =>
        new(checkId, FindingResourceType.Root, RootId, "<root_account>", $"arn:aws:iam::{account.AccountId}:root", status, detail);

    public static FindingResult PasswordPolicy(string checkId, FindingInputAccount account, FindingStatus status, string detail) =>
        new(checkId, FindingResourceType.PasswordPolicy, $"{account.AccountId}:password-policy", "Account password policy", null, status, detail);

    public static int DaysSince(DateTimeOffset now, DateTimeOffset then) => (int)Math.Floor((now - then).TotalDays);
}

/// <summary>The account a result belongs to (id only; the snapshot names it).</summary>
internal readonly record struct FindingInputAccount(string AccountId)
{
    public static implicit operator FindingInputAccount(FindingsInput input) => new(input.Inventory.AccountId);
}
