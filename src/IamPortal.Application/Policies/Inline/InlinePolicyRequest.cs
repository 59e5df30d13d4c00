using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Inline;

/// <summary>Creates or replaces an inline policy of a user or group; see <see cref="Managed.CreatePolicyRequest"/> for the two confirmations.</summary>
public sealed record InlinePolicyRequest(
    PrincipalRef Target,
    string PolicyName,
    string Document,
    bool ConfirmSecurityWarnings = false,
    string? AcknowledgedImpact = null);
