using IamPortal.Application.Iam;

namespace IamPortal.Application.Policies.Deletion;

/// <summary>Builds a deletion plan from GetPolicy, ListEntitiesForPolicy and ListPolicyVersions (nothing changes).</summary>
public sealed class PolicyDeletionPlanner(IIamPoliciesApi iamPolicies)
{
    public async Task<PolicyDeletionPlan> PlanAsync(string policyArn, CancellationToken ct)
    {
        var policy = await iamPolicies.GetPolicyAsync(policyArn, ct);
        var entities = await iamPolicies.ListEntitiesForPolicyAsync(policyArn, ct);
        var versions = await iamPolicies.ListPolicyVersionsAsync(policyArn, ct);
        var steps = new List<PolicyDeletionStep>();
        var blockers = new List<string>();
        if (policy.IsAwsManaged) blockers.Add("AWS managed policies cannot be deleted.");
        if (entities.RoleNames.Count > 0)
            blockers.Add($"It is attached to {entities.RoleNames.Count} role{(entities.RoleNames.Count == 1 ? "" : "s")} ({string.Join(", ", entities.RoleNames)}); " +
                          "the portal does not manage roles: detach it from them in the AWS console first.");
        if (policy.PermissionsBoundaryUsageCount > 0)
            blockers.Add($"It is the permissions boundary of {policy.PermissionsBoundaryUsageCount} user(s) or role(s): remove it as a boundary first.");
        foreach (var user in entities.UserNames.Order(StringComparer.OrdinalIgnoreCase))
            steps.Add(new(PolicyDeletionStepKinds.DetachFromUser, $"Detach from user {user}", new(policyArn, UserName: user)));
        foreach (var group in entities.GroupNames.Order(StringComparer.OrdinalIgnoreCase))
            steps.Add(new(PolicyDeletionStepKinds.DetachFromGroup, $"Detach from group {group}", new(policyArn, GroupName: group)));
        foreach (var version in versions.Where(v => !v.IsDefaultVersion).OrderBy(v => v.CreateDate))
            steps.Add(new(PolicyDeletionStepKinds.DeleteVersion, $"Delete version {version.VersionId}", new(policyArn, VersionId: version.VersionId)));
        steps.Add(new(PolicyDeletionStepKinds.DeletePolicy, $"Delete policy {policy.PolicyName} (with its default version {policy.DefaultVersionId})", new(policyArn)));
        return new PolicyDeletionPlan(policyArn, policy.PolicyName, steps, blockers);
    }
}
