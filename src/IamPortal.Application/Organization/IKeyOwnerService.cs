using System.Text.RegularExpressions;
using IamPortal.Application.Accounts;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;

namespace IamPortal.Application.Organization;

/// <summary>The IAM user a key belongs to, and the key as IAM sees it: status, age and last use.</summary>
public sealed record KeyOwner(string UserName, string? UserArn, IamAccessKeyStatus Status, DateTimeOffset CreatedAt, int AgeDays,
    DateTimeOffset? LastUsed, string? LastUsedService, string? LastUsedRegion);

/// <summary>
/// The answer to "whose key is this?": the owning account (STS GetAccessKeyInfo); <see cref="Account"/> when the portal
/// manages it, and <see cref="Owner"/> when that account still has the key; <see cref="Summary"/> in plain words.
/// </summary>
public sealed record KeyOwnerAnswer(string AccessKeyId, string AccountId, PortalAccount? Account, KeyOwner? Owner, string Summary)
{
    public bool IsManaged => Account is not null;
}

/// <summary>What containment asks: deactivate the key, and optionally quarantine its user (the existing deny-all).</summary>
public sealed record KeyContainRequest(string AccountId, string UserName, string AccessKeyId, bool AlsoQuarantine, string? Reason = null);

/// <summary>What containment did: whether the key is now inactive, and the quarantine job (or why it could not start).</summary>
public sealed record KeyContainment(bool KeyDeactivated, JobRun? Quarantine, string? QuarantineError);

/// <summary>"Whose key is this?" (/organization/keys).</summary>
public interface IKeyOwnerService
{
    /// <summary>Names the account, user, status, age and last use of a key id; the whole answer is audited.</summary>
    Task<CommandResult<KeyOwnerAnswer>> LookupAsync(string? accessKeyId, CancellationToken ct = default);

    /// <summary>Deactivates the key in its account (ManageUsers there, audited), then optionally quarantines the user.</summary>
    Task<CommandResult<KeyContainment>> ContainAsync(KeyContainRequest request, CancellationToken ct = default);
}

/// <summary>The key id field and its rule: AKIA (long-term) or ASIA (temporary) and 12 to 124 upper-case letters or digits.</summary>
public static partial class KeyOwnerFields
{
    public const string AccessKeyId = "AccessKeyId";

    public static string? Validate(string? accessKeyId) =>
        accessKeyId is not null && Pattern().IsMatch(accessKeyId) ? null
            : "Not an access key ID: AKIA or ASIA followed by 12 to 124 upper-case letters or digits.";

    [GeneratedRegex("^(AKIA|ASIA)[A-Z0-9]{12,124}$")]
    private static partial Regex Pattern();
}
