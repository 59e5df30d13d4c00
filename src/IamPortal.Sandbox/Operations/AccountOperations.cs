using System.Text.RegularExpressions;
using IamPortal.Sandbox.Protocol;
using IamPortal.Sandbox.State;

namespace IamPortal.Sandbox.Operations;

/// <summary>Account-level operations: summary, password policy, aliases.</summary>
public static partial class AccountOperations
{
    [GeneratedRegex("^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$")]
    private static partial Regex AliasPattern();

    public static void Register(OperationRegistry r)
    {
        r.Read("GetAccountSummary", Summary);
        r.Read("GetAccountPasswordPolicy", ctx =>
        {
            var p = ctx.State.PasswordPolicy
                ?? throw new IamException("NoSuchEntity", $"The Password Policy with domain name {ctx.State.AccountId} cannot be found.");
            ctx.Result.Start("PasswordPolicy")
                .El("MinimumPasswordLength", p.MinimumPasswordLength).El("RequireSymbols", p.RequireSymbols)
                .El("RequireNumbers", p.RequireNumbers).El("RequireUppercaseCharacters", p.RequireUppercaseCharacters)
                .El("RequireLowercaseCharacters", p.RequireLowercaseCharacters).El("AllowUsersToChangePassword", p.AllowUsersToChangePassword)
                .El("ExpirePasswords", p.MaxPasswordAge is > 0).Opt("MaxPasswordAge", p.MaxPasswordAge)
                .Opt("PasswordReusePrevention", p.PasswordReusePrevention).El("HardExpiry", p.HardExpiry).End();
        });
        r.Write("UpdateAccountPasswordPolicy", ctx =>
        {
            var q = ctx.Q;
            var policy = new PasswordPolicy
            {
                MinimumPasswordLength = Range(q.Int("MinimumPasswordLength"), "minimumPasswordLength", 6, 128) ?? 6,
                RequireSymbols = q.Bool("RequireSymbols") ?? false,
                RequireNumbers = q.Bool("RequireNumbers") ?? false,
                RequireUppercaseCharacters = q.Bool("RequireUppercaseCharacters") ?? false,
                RequireLowercaseCharacters = q.Bool("RequireLowercaseCharacters") ?? false,
                AllowUsersToChangePassword = q.Bool("AllowUsersToChangePassword") ?? false,
                MaxPasswordAge = Range(q.Int("MaxPasswordAge"), "maxPasswordAge", 1, 1095),
                PasswordReusePrevention = Range(q.Int("PasswordReusePrevention"), "passwordReusePrevention", 1, 24),
                HardExpiry = q.Bool("HardExpiry") ?? false,
            };
            ctx.State.PasswordPolicy = policy;
        });
        r.Write("DeleteAccountPasswordPolicy", ctx =>
        {
            if (ctx.State.PasswordPolicy is null)
                throw new IamException("NoSuchEntity", $"The account policy with name {ctx.State.AccountId} cannot be found.");
            ctx.State.PasswordPolicy = null;
        });
        r.Read("ListAccountAliases", ctx =>
        {
            var page = Paging.Sorted(ctx.State.Aliases, a => a, ctx.Q);
            ctx.Result.Start("AccountAliases");
            foreach (var a in page.Items) ctx.Result.El("member", a);
            ctx.Result.End();
            Paging.WriteTail(ctx.Result, page);
        });
        r.Write("CreateAccountAlias", ctx =>
        {
            var alias = ctx.Q.Req("AccountAlias");
            if (alias.Length is < 3 or > 63 || !AliasPattern().IsMatch(alias))
                throw IamException.Validation("accountAlias", alias, "Member must satisfy regular expression pattern: ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$");
            if (ctx.State.Aliases.Contains(alias)) return;
            ctx.State.Aliases.Clear();
            ctx.State.Aliases.Add(alias);
        });
        r.Write("DeleteAccountAlias", ctx =>
        {
            var alias = ctx.Q.Req("AccountAlias");
            if (!ctx.State.Aliases.Remove(alias))
                throw new IamException("NoSuchEntity", $"The account alias {alias} cannot be found.");
        });
    }

    private static int? Range(int? value, string field, int min, int max)
    {
        if (value is { } v && (v < min || v > max))
            throw IamException.Validation(field, v.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"Member must have value less than or equal to {max} and greater than or equal to {min}");
        return value;
    }

    private static void Summary(OperationContext ctx)
    {
        var s = ctx.State;
        var localPolicies = s.LocalPolicyNames.Count;
        var versionsInUse = s.Policies.Values.Count(p => p.AttachmentCount > 0 || p.BoundaryUsageCount > 0);
        var mfaInUse = s.MfaDevices.Values.Count(d => d.UserName is not null);
        var map = new (string Key, long Value)[]
        {
            ("GroupPolicySizeQuota", InlinePolicyOperations.GroupAggregateLimit), ("InstanceProfilesQuota", 1000),
            ("Policies", localPolicies), ("GroupsPerUserQuota", GroupOperations.GroupsPerUser), ("InstanceProfiles", 0),
            ("AttachedPoliciesPerUserQuota", PolicyAttachmentOperations.AttachedPerEntity), ("Users", s.Users.Count),
            ("PoliciesQuota", ManagedPolicyOperations.PoliciesPerAccount), ("Providers", 0), ("AccountMFAEnabled", 1),
            ("AccessKeysPerUserQuota", AccessKeyOperations.KeysPerUser), ("AssumeRolePolicySizeQuota", 2048),
            ("PolicyVersionsInUseQuota", 10000), ("GlobalEndpointTokenVersion", 1),
            ("VersionsPerPolicyQuota", ManagedPolicyOperations.MaxVersions),
            ("AttachedPoliciesPerGroupQuota", PolicyAttachmentOperations.AttachedPerEntity),
            ("PolicySizeQuota", ManagedPolicyOperations.MaxDocumentSize), ("Groups", s.Groups.Count),
            ("AccountSigningCertificatesPresent", 0), ("UsersQuota", 5000), ("ServerCertificatesQuota", 20),
            ("MFADevices", s.MfaDevices.Count), ("UserPolicySizeQuota", InlinePolicyOperations.UserAggregateLimit),
            ("PolicyVersionsInUse", versionsInUse), ("ServerCertificates", 0), ("Roles", 0), ("RolesQuota", 1000),
            ("SigningCertificatesPerUserQuota", 2), ("MFADevicesInUse", mfaInUse), ("RolePolicySizeQuota", 10240),
            ("AttachedPoliciesPerRoleQuota", 10), ("AccountAccessKeysPresent", 0), ("GroupsQuota", GroupOperations.GroupsPerAccount),
        };
        ctx.Result.Start("SummaryMap");
        foreach (var (key, value) in map) ctx.Result.Start("entry").El("key", key).El("value", value).End();
        ctx.Result.End();
    }
}
