using IamPortal.Application.Iam;

namespace IamPortal.Application.Findings;

/// <summary>
/// The account settings the checks read besides the inventory: the password policy (null: none set) and the account
/// summary. <see cref="Error"/> says why they could not be read; the checks over them then answer Manual.
/// </summary>
public sealed record AccountSettings(IamPasswordPolicy? PasswordPolicy, IReadOnlyDictionary<string, long> Summary, DateTimeOffset ReadAt, string? Error = null)
{
    public bool Available => Error is null;

    public long? SummaryValue(string key) => Summary.TryGetValue(key, out var v) ? v : null;
}
