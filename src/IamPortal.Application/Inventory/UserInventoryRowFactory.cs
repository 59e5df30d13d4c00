namespace IamPortal.Application.Inventory;

/// <summary>Turns what is known about one user into a list row, with the derived columns computed once.</summary>
public static class UserInventoryRowFactory
{
    public static UserInventoryRow Create(UserInventoryFacts facts, DateTimeOffset now)
    {
        var user = facts.User;
        var activeKeys = facts.AccessKeys.Where(k => k.Active).ToList();
        var keyLastUsed = facts.AccessKeys.Select(k => k.LastUsed).Aggregate((DateTimeOffset?)null, Max);
        var groups = facts.GroupNames.Order(StringComparer.OrdinalIgnoreCase).ToList();

        return new UserInventoryRow
        {
            UserName = user.UserName,
            UserId = user.UserId,
            Arn = user.Arn,
            Path = user.Path,
            CreateDate = user.CreateDate,
            Groups = groups,
            GroupsText = string.Join(", ", groups),
            AttachedPolicies = facts.AttachedPolicies,
            InlinePolicies = facts.InlinePolicies,
            InlinePolicyCount = facts.InlinePolicies.Count,
            Tags = facts.Tags,
            PermissionsBoundaryArn = facts.PermissionsBoundaryArn,
            PasswordEnabled = facts.PasswordEnabled,
            PasswordLastUsed = facts.PasswordLastUsed,
            PasswordLastChanged = facts.PasswordLastChanged,
            PasswordAgeDays = facts.PasswordEnabled && facts.PasswordLastChanged is { } changed ? Days(now - changed) : null,
            MfaActive = facts.MfaActive || facts.VirtualMfaSerial is not null,
            VirtualMfaSerial = facts.VirtualMfaSerial,
            AccessKey1 = facts.AccessKeys.ElementAtOrDefault(0),
            AccessKey2 = facts.AccessKeys.ElementAtOrDefault(1),
            ActiveKeyCount = activeKeys.Count,
            ActiveKeyAgeDays = activeKeys.Select(k => k.LastRotated).Where(d => d is not null).Select(d => (int?)Days(now - d!.Value)).Max(),
            AccessKeyLastUsed = keyLastUsed,
            LastActivity = Max(facts.PasswordLastUsed, keyLastUsed),
        };
    }

    private static int Days(TimeSpan span) => Math.Max(0, (int)span.TotalDays);

    private static DateTimeOffset? Max(DateTimeOffset? a, DateTimeOffset? b) => a is null ? b : b is null ? a : a > b ? a : b;
}
