using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Users;

namespace IamPortal.Web.Tests.Fakes;

public static class TestData
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public static AccountInfo Account(bool sandbox = true, string? warning = null) => new(
        "123456789012", "acme-prod", "arn:aws:iam::123456789012:user/portal", sandbox,
        "http://127.0.0.1:5999", "us-east-1", sandbox ? "Sandbox operator keys" : "Default chain", warning);

    public static UserInventoryRow Row(string name, int? keyAgeDays = null, bool mfa = false) => new()
    {
        UserName = name,
        UserId = "AIDA" + name.ToUpperInvariant().PadRight(17, 'X')[..17],
        Arn = $"arn:aws:iam::123456789012:user/{name}",
        Path = "/",
        CreateDate = Now.AddDays(-400),
        Groups = ["developers"],
        GroupsText = "developers",
        MfaActive = mfa,
        LastActivity = Now.AddDays(-95),
        ActiveKeyAgeDays = keyAgeDays,
    };

    public static List<UserInventoryRow> Rows(int count) =>
        Enumerable.Range(1, count).Select(i => Row($"user{i:000}", keyAgeDays: i % 2 == 0 ? 120 : 10)).ToList();

    public static UserDetailView Detail(string name = "alice") => new(
        new IamUser(name, "AIDAALICE000000000001", $"arn:aws:iam::123456789012:user/engineering/{name}", "/engineering/",
            Now.AddDays(-300), Now.AddDays(-3), "arn:aws:iam::123456789012:policy/boundary"),
        Read(new IamTag("team", "payments"), new IamTag("cost-center", "42")),
        Read(new IamGroup("developers", "AGPA0001", "arn:aws:iam::123456789012:group/developers", "/", Now.AddDays(-500))),
        Read(new IamAttachedPolicy("ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess")),
        Read("inline-s3"),
        SectionRead.Of<IamLoginProfile?>(new IamLoginProfile(name, Now.AddDays(-200), PasswordResetRequired: true)),
        Read(
            new AccessKeyView(new IamAccessKey(name, "AKIAOLDKEY0000000001", IamAccessKeyStatus.Active, Now.AddDays(-120)),
                new IamAccessKeyLastUsed(name, "AKIAOLDKEY0000000001", Now.AddDays(-1), "s3", "eu-west-1"), 120),
            new AccessKeyView(new IamAccessKey(name, "AKIANEWKEY0000000002", IamAccessKeyStatus.Inactive, Now.AddDays(-5)), null, 5)),
        Read(new IamMfaDevice(name, $"arn:aws:iam::123456789012:mfa/{name}", Now.AddDays(-250))),
        Read<IamSigningCertificate>(),
        Read(new IamSshPublicKey(name, "APKASSH0001", IamAccessKeyStatus.Active, Now.AddDays(-30))),
        Read<IamServiceSpecificCredential>());

    /// <summary>A section that was read, with these items.</summary>
    public static SectionRead<IReadOnlyList<T>> Read<T>(params T[] items) => SectionRead.Of<IReadOnlyList<T>>(items);

    /// <summary>A section IAM refused to read, as the portal words AccessDenied.</summary>
    public static SectionRead<T> Unread<T>() => new(default,
        "The portal's AWS role is not allowed to do this; its IAM policy needs the permission. IAM says: not authorized (request req-1)", "AccessDenied");
}
