using IamPortal.Application.Iam;

namespace IamPortal.Application.Policies.Effective;

/// <summary>What a user holds directly: attached managed policies, inline policies, and the groups it is in.</summary>
internal sealed record UserPolicies(IReadOnlyList<IamAttachedPolicy> Attached, IReadOnlyList<IamInlinePolicy> Inline, IReadOnlyList<string> Groups)
{
    public static UserPolicies None { get; } = new([], [], []);
}

/// <summary>What a group grants its members: attached managed policies and inline policies.</summary>
internal sealed record GroupPolicies(IReadOnlyList<IamAttachedPolicy> Attached, IReadOnlyList<IamInlinePolicy> Inline)
{
    public static GroupPolicies None { get; } = new([], []);
}
