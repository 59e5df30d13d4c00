using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.PasswordPolicy;
using IamPortal.Web.Tests.Fakes;

namespace IamPortal.Web.Tests.Features.PasswordPolicy;

/// <summary>The password policy service over an in-memory policy; impact sentences from the real rules.</summary>
public sealed class FakePasswordPolicyService : IPasswordPolicyService
{
    public IamPasswordPolicy? Policy { get; set; }
    public List<IamPasswordPolicy> Saved { get; } = [];
    public int Deletes { get; private set; }
    public IReadOnlyList<ConsolePassword> Console { get; set; } =
        [new("old-1", TestData.Now.AddDays(-200)), new("old-2", TestData.Now.AddDays(-120)), new("fresh", TestData.Now.AddDays(-5))];

    private PasswordPolicyView View() => new(Policy, PasswordPolicyComparison.Compare(Policy), Console, TestData.Now);

    public Task<PasswordPolicyView> GetAsync(CancellationToken ct = default) => Task.FromResult(View());

    public IReadOnlyList<string> DescribeImpact(PasswordPolicyView current, IamPasswordPolicy? proposed) =>
        PasswordPolicyImpact.Describe(current.Policy, proposed is null ? null : PasswordPolicyRules.Normalize(proposed), current.ConsolePasswords, TestData.Now);

    public Task<CommandResult<PasswordPolicyView>> SaveAsync(IamPasswordPolicy policy, CancellationToken ct = default)
    {
        var errors = PasswordPolicyRules.Validate(policy);
        if (errors.Count > 0) return Task.FromResult(CommandResult.Invalid<PasswordPolicyView>(errors));
        Saved.Add(policy);
        Policy = policy;
        return Task.FromResult(CommandResult.Ok(View()));
    }

    public Task<CommandResult<PasswordPolicyView>> DeleteAsync(CancellationToken ct = default)
    {
        Deletes++;
        Policy = null;
        return Task.FromResult(CommandResult.Ok(View()));
    }
}
