namespace IamPortal.Application.Accounts;

public enum AccountSource { Portal, Configured, Organizations }

/// <summary>An AWS account the portal manages: its id, the name people know it by, and how the portal reaches it.</summary>
public sealed record PortalAccount(string Id, string Name, string? RoleArn, string? ExternalId, AccountSource Source, string? Email = null)
{
    public AwsTarget Target => new(Id, string.IsNullOrWhiteSpace(RoleArn) ? null : RoleArn, string.IsNullOrWhiteSpace(ExternalId) ? null : ExternalId);

    /// <summary>How it is reached, for the accounts page.</summary>
    public string ReachedBy => Target.RoleArn is { } role ? $"AssumeRole {role}" : "the portal's own credentials";

    /// <summary>Name, id (and email) for a search box.</summary>
    public bool Matches(string text) =>
        Id.Contains(text, StringComparison.OrdinalIgnoreCase) || Name.Contains(text, StringComparison.OrdinalIgnoreCase)
        || (Email?.Contains(text, StringComparison.OrdinalIgnoreCase) ?? false);

    /// <summary>The 12 digits IAM uses for an account id.</summary>
    public static bool IsAccountId(string? value) => value is { Length: 12 } && value.All(char.IsAsciiDigit);
}
