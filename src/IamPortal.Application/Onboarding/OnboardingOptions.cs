using IamPortal.Application.Iam;

namespace IamPortal.Application.Onboarding;

public sealed record GroupOption(string GroupName, string Path, IReadOnlyList<IamAttachedPolicy> Policies);

public sealed record PolicyOption(string PolicyName, string Arn, string? Description, bool IsAwsManaged);

public sealed record UserOption(string UserName, IReadOnlyList<string> Groups);

/// <summary>What the wizard offers: groups with their policies, attachable managed policies, users to copy groups from, the rules.</summary>
public sealed record OnboardingOptions(
    IReadOnlyList<GroupOption> Groups,
    IReadOnlyList<PolicyOption> ManagedPolicies,
    IReadOnlyList<UserOption> Users,
    Guardrails.Guardrails Guardrails,
    IamPasswordPolicy? PasswordPolicy)
{
    public GroupOption? FindGroup(string name) =>
        Groups.FirstOrDefault(g => string.Equals(g.GroupName, name, StringComparison.OrdinalIgnoreCase));

    public UserOption? FindUser(string name) =>
        Users.FirstOrDefault(u => string.Equals(u.UserName, name, StringComparison.OrdinalIgnoreCase));

    public PolicyOption? FindPolicy(string arn) => ManagedPolicies.FirstOrDefault(p => p.Arn == arn);
}
