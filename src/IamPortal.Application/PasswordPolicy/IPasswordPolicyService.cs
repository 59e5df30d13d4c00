using IamPortal.Application.Commands;
using IamPortal.Application.Iam;

namespace IamPortal.Application.PasswordPolicy;

/// <summary>
/// The account's password policy as the page shows it: the policy (null = none, IAM's defaults apply), the comparison
/// with CIS and Security Hub, and the console users' password dates (from the inventory) that the impact sentences count.
/// </summary>
public sealed record PasswordPolicyView(
    IamPasswordPolicy? Policy,
    IReadOnlyList<PasswordPolicyLine> Lines,
    IReadOnlyList<ConsolePassword> ConsolePasswords,
    DateTimeOffset InventoryBuiltAt)
{
    public bool IsDefault => Policy is null;
}

/// <summary>Read (admins and auditors: ReadAudit), change and delete (ManageSettings, audited) the account password policy.</summary>
public interface IPasswordPolicyService
{
    Task<PasswordPolicyView> GetAsync(CancellationToken ct = default);

    /// <summary>The sentences that say what saving <paramref name="proposed"/> (null: deleting) means for existing users.</summary>
    IReadOnlyList<string> DescribeImpact(PasswordPolicyView current, IamPasswordPolicy? proposed);

    /// <summary>Validates IAM's ranges at the fields, then UpdateAccountPasswordPolicy, audited with the before and after values.</summary>
    Task<CommandResult<PasswordPolicyView>> SaveAsync(IamPasswordPolicy policy, CancellationToken ct = default);

    /// <summary>DeleteAccountPasswordPolicy, audited with the policy it removed; IAM's defaults apply afterwards.</summary>
    Task<CommandResult<PasswordPolicyView>> DeleteAsync(CancellationToken ct = default);
}
