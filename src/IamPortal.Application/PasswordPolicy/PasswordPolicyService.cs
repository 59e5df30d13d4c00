using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;

namespace IamPortal.Application.PasswordPolicy;

public sealed class PasswordPolicyService(
    IOperatorContext operatorContext,
    IAuditedOperations audited,
    IIamAccountApi iam,
    IInventoryService inventory,
    TimeProvider clock,
    Findings.AccountSettingsCache findingsSettings) : IPasswordPolicyService
{
    /// <summary>The audit target: the account's one password policy.</summary>
    public const string Target = "account-password-policy";

    public async Task<PasswordPolicyView> GetAsync(CancellationToken ct = default)
    {
        operatorContext.Ensure(Permission.ReadAudit, "read the password policy");
        return await ReadAsync(ct);
    }

    public IReadOnlyList<string> DescribeImpact(PasswordPolicyView current, IamPasswordPolicy? proposed) =>
        PasswordPolicyImpact.Describe(current.Policy, proposed is null ? null : PasswordPolicyRules.Normalize(proposed), current.ConsolePasswords,
            clock.GetUtcNow());

    public async Task<CommandResult<PasswordPolicyView>> SaveAsync(IamPasswordPolicy policy, CancellationToken ct = default)
    {
        const string action = AuditActions.UpdatePasswordPolicy;
        try
        {
            await audited.DemandAsync(Permission.ManageSettings, action, Target, ct);
            var after = PasswordPolicyRules.Normalize(policy);
            var before = await iam.GetAccountPasswordPolicyAsync(ct);
            var parameters = Parameters(before, after);
            var errors = PasswordPolicyRules.Validate(after);
            if (errors.Count > 0)
            {
                await audited.RecordInvalidAsync(action, Target, parameters, string.Join(" ", errors.Values), ct);
                return CommandResult.Invalid<PasswordPolicyView>(errors);
            }
            await audited.RunAsync(Permission.ManageSettings, action, Target, parameters, c => iam.UpdateAccountPasswordPolicyAsync(after, c), ct);
            findingsSettings.InvalidateAll();
            return CommandResult.Ok(await ReadAsync(ct));
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return CommandResult.From<PasswordPolicyView>(e);
        }
    }

    public async Task<CommandResult<PasswordPolicyView>> DeleteAsync(CancellationToken ct = default)
    {
        const string action = AuditActions.DeletePasswordPolicy;
        try
        {
            await audited.DemandAsync(Permission.ManageSettings, action, Target, ct);
            var before = await iam.GetAccountPasswordPolicyAsync(ct);
            await audited.RunAsync(Permission.ManageSettings, action, Target, Parameters(before, null),
                c => iam.DeleteAccountPasswordPolicyAsync(c), ct);
            findingsSettings.InvalidateAll();
            return CommandResult.Ok(await ReadAsync(ct));
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return CommandResult.From<PasswordPolicyView>(e);
        }
    }

    private static Dictionary<string, object?> Parameters(IamPasswordPolicy? before, IamPasswordPolicy? after) => new()
    {
        ["Before"] = PasswordPolicyRules.AuditText(before),
        ["After"] = PasswordPolicyRules.AuditText(after),
    };

    private async Task<PasswordPolicyView> ReadAsync(CancellationToken ct)
    {
        var policy = await iam.GetAccountPasswordPolicyAsync(ct);
        var snapshot = await inventory.GetAsync(ct);
        var console = snapshot.Users
            .Where(u => u.PasswordEnabled)
            .Select(u => new ConsolePassword(u.UserName, u.PasswordLastChanged ?? u.CreateDate))
            .ToList();
        return new PasswordPolicyView(policy, PasswordPolicyComparison.Compare(policy), console, snapshot.BuiltAt);
    }
}
