using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Tests.Aws;

/// <summary>Best-effort teardown in the order IAM requires; failures are swallowed so the test's own result stands.</summary>
internal static class IamCleanup
{
    public static async Task DeleteUserAsync(IIamClient iam, string userName)
    {
        await Try(() => iam.DeleteLoginProfileAsync(userName));
        foreach (var key in await TryGet(() => iam.ListAccessKeysAsync(userName))) await Try(() => iam.DeleteAccessKeyAsync(userName, key.AccessKeyId));
        foreach (var mfa in await TryGet(() => iam.ListMfaDevicesAsync(userName)))
        {
            await Try(() => iam.DeactivateMfaDeviceAsync(userName, mfa.SerialNumber));
            await Try(() => iam.DeleteVirtualMfaDeviceAsync(mfa.SerialNumber));
        }
        foreach (var name in await TryGet(() => iam.ListUserPoliciesAsync(userName))) await Try(() => iam.DeleteUserPolicyAsync(userName, name));
        foreach (var p in await TryGet(() => iam.ListAttachedUserPoliciesAsync(userName))) await Try(() => iam.DetachUserPolicyAsync(userName, p.PolicyArn));
        foreach (var g in await TryGet(() => iam.ListGroupsForUserAsync(userName))) await Try(() => iam.RemoveUserFromGroupAsync(g.GroupName, userName));
        await Try(() => iam.DeleteUserPermissionsBoundaryAsync(userName));
        await Try(() => iam.DeleteUserAsync(userName));
    }

    public static async Task DeleteGroupAsync(IIamClient iam, string groupName)
    {
        var group = await TryGet(async () => (await iam.GetGroupAsync(groupName)).Users);
        foreach (var u in group) await Try(() => iam.RemoveUserFromGroupAsync(groupName, u.UserName));
        foreach (var name in await TryGet(() => iam.ListGroupPoliciesAsync(groupName))) await Try(() => iam.DeleteGroupPolicyAsync(groupName, name));
        foreach (var p in await TryGet(() => iam.ListAttachedGroupPoliciesAsync(groupName))) await Try(() => iam.DetachGroupPolicyAsync(groupName, p.PolicyArn));
        await Try(() => iam.DeleteGroupAsync(groupName));
    }

    public static async Task DeletePolicyAsync(IIamClient iam, string policyArn)
    {
        var entities = await TryGetOrNull(() => iam.ListEntitiesForPolicyAsync(policyArn));
        if (entities is not null)
        {
            foreach (var u in entities.UserNames) await Try(() => iam.DetachUserPolicyAsync(u, policyArn));
            foreach (var g in entities.GroupNames) await Try(() => iam.DetachGroupPolicyAsync(g, policyArn));
        }
        foreach (var v in await TryGet(() => iam.ListPolicyVersionsAsync(policyArn)))
        {
            if (!v.IsDefaultVersion) await Try(() => iam.DeletePolicyVersionAsync(policyArn, v.VersionId));
        }
        await Try(() => iam.DeletePolicyAsync(policyArn));
    }

    private static async Task Try(Func<Task> action)
    {
        try { await action(); }
        catch (IamException) { }
    }

    private static async Task<IReadOnlyList<T>> TryGet<T>(Func<Task<IReadOnlyList<T>>> action)
    {
        try { return await action(); }
        catch (IamException) { return []; }
    }

    private static async Task<T?> TryGetOrNull<T>(Func<Task<T>> action) where T : class
    {
        try { return await action(); }
        catch (IamException) { return null; }
    }
}

internal static class IamCleanupExtensions
{
    public static async Task TryAsync(Func<Task> action)
    {
        try { await action(); }
        catch (IamException) { }
    }
}
