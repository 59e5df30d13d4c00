namespace IamPortal.E2E.Oidc;

/// <summary>An operator account known to <see cref="TestOidcProvider"/>. Test-only credentials.</summary>
public sealed record TestOidcUser(string UserName, string Password, string Name, string Email, IReadOnlyList<string> Groups);

/// <summary>The fixed set of test operators, one per portal role plus one that matches no role.</summary>
internal static class TestOidcUsers
{
    public static IReadOnlyList<TestOidcUser> All { get; } =
    [
        new("admin", "admin-pass", "Ada Admin", "admin@iam-portal.test", ["iam-portal-admins"]),
        new("lead", "lead-pass", "Lee Lead", "lead@iam-portal.test", ["iam-portal-teamleads", "engineering"]),
        new("auditor", "auditor-pass", "Audrey Auditor", "auditor@iam-portal.test", ["iam-portal-auditors"]),
        new("nobody", "nobody-pass", "Norm Nobody", "nobody@iam-portal.test", ["marketing"]),
    ];

    public static TestOidcUser? Find(string? userName) =>
        All.FirstOrDefault(u => string.Equals(u.UserName, userName, StringComparison.Ordinal));

    public static TestOidcUser? Validate(string? userName, string? password) =>
        Find(userName) is { } user && string.Equals(user.Password, password, StringComparison.Ordinal) ? user : null;
}
