using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Credentials;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Operators;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Organization;

/// <summary>
/// <see cref="IKeyOwnerService"/>: STS GetAccessKeyInfo (the portal's own credentials) names the account; in a managed
/// account, GetAccessKeyLastUsed names the user and the key's last use and ListAccessKeys its status and age (two IAM
/// calls, never one per user). The lookup is audited in the owning account (else the operator's first readable one),
/// as the operator with their role there: a role that cannot read that account is refused and the refusal recorded.
/// </summary>
public sealed class KeyOwnerService(IStsClient sts, ReadableAccounts readable, IAccountDirectory directory, IAccountScopes scopes,
    TimeProvider time) : IKeyOwnerService
{
    public async Task<CommandResult<KeyOwnerAnswer>> LookupAsync(string? accessKeyId, CancellationToken ct = default)
    {
        var keyId = accessKeyId?.Trim() ?? "";
        if (KeyOwnerFields.Validate(keyId) is { } invalid) return CommandResult.Invalid<KeyOwnerAnswer>(KeyOwnerFields.AccessKeyId, invalid);
        return await CommandResult.CaptureAsync(async () =>
        {
            var accounts = await readable.RequireAsync("look up who owns an access key", ct);
            string? ownerAccount = null;
            IamException? stsError = null;
            try { ownerAccount = await sts.GetAccessKeyInfoAsync(keyId, ct); }
            catch (IamException e) { stsError = e; }
            var managed = ownerAccount is null ? null : directory.Find(ownerAccount);
            // Filled in as the answer takes shape; the audit record is written after the work, with whatever was learnt.
            var details = new Dictionary<string, object?> { ["AccessKeyId"] = keyId, ["Account"] = ownerAccount, ["Managed"] = managed is not null };
            return await scopes.RunAsync(managed?.Id ?? accounts[0].Id, (sp, c) => sp.GetRequiredService<IAuditedOperations>().RunAsync(
                Permission.ReadIam, AuditActions.KeyOwnerLookup, keyId, details, async c2 =>
                {
                    if (stsError is not null) throw stsError;
                    return managed is null
                        ? new KeyOwnerAnswer(keyId, ownerAccount!, null, null, $"The key belongs to account {ownerAccount}, which is not one the portal manages.")
                        : await AnswerAsync(sp, keyId, managed, details, c2);
                }, c), ct);
        });
    }

    public async Task<CommandResult<KeyContainment>> ContainAsync(KeyContainRequest request, CancellationToken ct = default)
    {
        await directory.ListAsync(ct);
        if (directory.Find(request.AccountId) is null)
            return CommandResult.Failed<KeyContainment>($"Account {request.AccountId} is not one the portal manages: contain the key there by hand.");
        return await CommandResult.CaptureAsync(() => scopes.RunAsync(request.AccountId, async (sp, c) =>
        {
            // The existing services in that account's scope: each demands ManageUsers there and audits (refusals too).
            var deactivated = await sp.GetRequiredService<IAccessKeyService>().SetStatusAsync(request.UserName, request.AccessKeyId, IamAccessKeyStatus.Inactive, c);
            if (!deactivated.Succeeded) return deactivated.Status == CommandStatus.Denied
                ? CommandResult.Denied<KeyContainment>(deactivated.Error!)
                : CommandResult.Failed<KeyContainment>($"The key was not deactivated: {deactivated.Error ?? string.Join(" ", deactivated.Errors.Values)}");
            if (!request.AlsoQuarantine) return CommandResult.Ok(new KeyContainment(true, null, null));
            var reason = string.IsNullOrWhiteSpace(request.Reason) ? $"Access key {request.AccessKeyId} contained (whose key is this?)" : request.Reason.Trim();
            var quarantine = await sp.GetRequiredService<IQuarantineService>().QuarantineAsync(request.UserName, reason, c);
            return CommandResult.Ok(new KeyContainment(true, quarantine.Value,
                quarantine.Succeeded ? null : quarantine.Error ?? string.Join(" ", quarantine.Errors.Values)));
        }, ct));
    }

    private async Task<KeyOwnerAnswer> AnswerAsync(IServiceProvider sp, string keyId, PortalAccount account, Dictionary<string, object?> details,
        CancellationToken ct)
    {
        var iam = sp.GetRequiredService<IIamCredentialsApi>();
        IamAccessKeyLastUsed lastUsed;
        try
        {
            lastUsed = await iam.GetAccessKeyLastUsedAsync(keyId, ct);
        }
        catch (IamException e) when (e.Code == "NoSuchEntity")
        {
            details["User"] = null;
            return new KeyOwnerAnswer(keyId, account.Id, account, null,
                $"The key was issued in {account.Name} ({account.Id}), but that account has no such key any more: it was deleted.");
        }
        var key = (await iam.ListAccessKeysAsync(lastUsed.UserName, ct)).FirstOrDefault(k => k.AccessKeyId == keyId)
            ?? throw new IamException("NoSuchEntity", $"The key {keyId} is no longer one of {lastUsed.UserName}'s keys.");
        var arn = await UserArnAsync(sp, lastUsed.UserName, ct);
        var age = Math.Max(0, (int)(time.GetUtcNow() - key.CreateDate).TotalDays);
        var owner = new KeyOwner(lastUsed.UserName, arn, key.Status, key.CreateDate, age, lastUsed.LastUsedDate, lastUsed.ServiceName, lastUsed.Region);
        details["User"] = owner.UserName;
        details["Status"] = owner.Status.ToString();
        details["AgeDays"] = owner.AgeDays;
        details["LastUsed"] = owner.LastUsed;
        details["LastUsedService"] = owner.LastUsedService;
        details["LastUsedRegion"] = owner.LastUsedRegion;
        return new KeyOwnerAnswer(keyId, account.Id, account, owner,
            $"The key is {owner.UserName}'s in {account.Name} ({account.Id}): {owner.Status}, {owner.AgeDays} days old.");
    }

    /// <summary>The user's ARN from the cached inventory; null when it cannot be read (the answer stands without it).</summary>
    private static async Task<string?> UserArnAsync(IServiceProvider sp, string userName, CancellationToken ct)
    {
        try { return (await sp.GetRequiredService<IInventoryService>().GetAsync(ct)).FindUser(userName)?.Arn; }
        catch (Exception e) when (CommandResult.IsExpected(e)) { return null; }
    }
}
