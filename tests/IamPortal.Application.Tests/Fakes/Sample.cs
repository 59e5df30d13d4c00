using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;

namespace IamPortal.Application.Tests.Fakes;

/// <summary>Small hand-made IAM data for rule tests.</summary>
public static class Sample
{
    public static readonly DateTimeOffset Now = new(2026, 11, 28, 12, 0, 0, TimeSpan.Zero);

    public static IamUserDetail UserDetail(string name, params string[] groups) => new(
        new IamUser(name, "AIDA" + name.ToUpperInvariant(), $"arn:aws:iam::123456789012:user/{name}", "/", Now.AddDays(-400)),
        groups, [], [], [new IamTag("Department", "Engineering")], null);

    public const string ReportHeader =
        "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

    public const string RootRow =
        "<root_account>,arn:aws:iam::123456789012:root,2020-01-01T00:00:00+00:00,not_supported,2026-11-01T00:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A";

    public static string ReportRow(string name, bool password, string passwordLastUsed, bool mfa, bool key1Active, string key1Rotated, string key1Used) =>
        $"{name},arn:aws:iam::123456789012:user/{name},2025-10-01T00:00:00+00:00,{Bool(password)},{passwordLastUsed},{(password ? "2026-06-01T00:00:00+00:00" : "N/A")},N/A,{Bool(mfa)},{Bool(key1Active)},{key1Rotated},{key1Used},{(key1Used == "N/A" ? "N/A" : "us-east-1")},{(key1Used == "N/A" ? "N/A" : "s3")},false,N/A,N/A,N/A,N/A,false,N/A,false,N/A";

    private static string Bool(bool b) => b ? "true" : "false";

    public static UserInventoryRow Row(string name, DateTimeOffset? lastActivity = null, bool mfa = false, int? keyAge = null, string groups = "") => new()
    {
        UserName = name, UserId = "AIDA" + name, Arn = $"arn:aws:iam::123456789012:user/{name}", Path = "/",
        CreateDate = Now.AddDays(-100), LastActivity = lastActivity, MfaActive = mfa, ActiveKeyAgeDays = keyAge, GroupsText = groups,
        Groups = groups.Length == 0 ? [] : groups.Split(", "), Tags = [new IamTag("Owner", "team-" + name)],
    };
}
