using IamPortal.Application.Iam;

namespace IamPortal.Application.Inventory;

/// <summary>Joins one user's authorization details, credential report row and virtual MFA into a list row.</summary>
public static class UserInventoryRowFactory
{
    public static UserInventoryRow Create(IamUserDetail detail, CredentialReportRow? report, string? virtualMfaSerial, DateTimeOffset now)
    {
        var user = detail.User;
        var key1 = report?.AccessKey1;
        var key2 = report?.AccessKey2;
        var activeKeys = new[] { key1, key2 }.Where(k => k is { Active: true }).ToList();
        var keyLastUsed = Max(key1?.LastUsed, key2?.LastUsed);
        var passwordLastUsed = report?.PasswordLastUsed ?? user.PasswordLastUsed;
        var passwordEnabled = report?.PasswordEnabled ?? false;

        return new UserInventoryRow
        {
            UserName = user.UserName,
            UserId = user.UserId,
            Arn = user.Arn,
            Path = user.Path,
            CreateDate = user.CreateDate,
            Groups = detail.GroupNames.Order(StringComparer.OrdinalIgnoreCase).ToList(),
            GroupsText = string.Join(", ", detail.GroupNames.Order(StringComparer.OrdinalIgnoreCase)),
            AttachedPolicies = detail.AttachedManagedPolicies,
            InlinePolicyCount = detail.InlinePolicies.Count,
            Tags = detail.Tags,
            PermissionsBoundaryArn = detail.PermissionsBoundaryArn,
            PasswordEnabled = passwordEnabled,
            PasswordLastUsed = passwordLastUsed,
            PasswordLastChanged = report?.PasswordLastChanged,
            PasswordAgeDays = passwordEnabled && report?.PasswordLastChanged is { } changed ? Days(now - changed) : null,
            MfaActive = (report?.MfaActive ?? false) || virtualMfaSerial is not null,
            VirtualMfaSerial = virtualMfaSerial,
            AccessKey1 = key1,
            AccessKey2 = key2,
            ActiveKeyCount = activeKeys.Count,
            ActiveKeyAgeDays = activeKeys.Select(k => k!.LastRotated).Where(d => d is not null).Select(d => (int?)Days(now - d!.Value)).Max(),
            AccessKeyLastUsed = keyLastUsed,
            LastActivity = Max(passwordLastUsed, keyLastUsed),
        };
    }

    private static int Days(TimeSpan span) => Math.Max(0, (int)span.TotalDays);

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
