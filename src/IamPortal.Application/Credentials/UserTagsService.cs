using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Credentials;

/// <summary>A user's tags under IAM's rules (characters, lengths, aws: prefix, 50 per user) and the guardrails' required tags.</summary>
public sealed class UserTagsService(IIamUsersApi iamUsers, IGuardrailsService guardrails, CredentialCommandRunner runner) : IUserTagsService
{
    public async Task<CommandResult<IReadOnlyList<IamTag>>> SetAsync(string userName, string key, string? value, string? originalKey = null,
        CancellationToken ct = default)
    {
        value ??= "";
        var renamed = originalKey is not null && !string.Equals(originalKey, key, StringComparison.Ordinal);
        var parameters = new Dictionary<string, object?> { ["Key"] = key, ["Value"] = value, ["OriginalKey"] = originalKey };
        return await runner.RunAsync(originalKey is null ? AuditActions.AddTags : AuditActions.EditTag, userName, parameters, async c =>
        {
            var errors = new Dictionary<string, string>();
            if (IamRules.ValidateTagKey(key) is { } keyError) errors[CredentialFields.TagKey] = keyError;
            if (IamRules.ValidateTagValue(value) is { } valueError) errors[CredentialFields.TagValue] = valueError;
            if (errors.Count > 0) return errors;
            var required = (await guardrails.GetAsync(c)).RequiredTags;
            if (IsRequired(required, key) && string.IsNullOrWhiteSpace(value))
                errors[CredentialFields.TagValue] = $"{key} is required by the guardrails: give it a value.";
            if (renamed && IsRequired(required, originalKey!) && !string.Equals(originalKey, key, StringComparison.OrdinalIgnoreCase))
                errors[CredentialFields.TagKey] = $"{originalKey} is required by the guardrails: its key cannot be changed, only its value.";
            var current = await iamUsers.ListUserTagsAsync(userName, c);
            var others = current.Where(t => originalKey is null || !string.Equals(t.Key, originalKey, StringComparison.Ordinal)).ToList();
            if (others.Any(t => string.Equals(t.Key, key, StringComparison.OrdinalIgnoreCase)))
                errors[CredentialFields.TagKey] = $"The user already has a tag {key} (keys are case-insensitive): edit that one.";
            else if (IamRules.ValidateTags([.. others, new IamTag(key, value)]) is { } setError)
                errors[CredentialFields.TagKey] = setError;
            return errors;
        }, async c =>
        {
            if (renamed) await iamUsers.UntagUserAsync(userName, [originalKey!], c);
            await iamUsers.TagUserAsync(userName, [new IamTag(key, value)], c);
            return await iamUsers.ListUserTagsAsync(userName, c);
        }, ct);
    }

    public async Task<CommandResult<IReadOnlyList<IamTag>>> RemoveAsync(string userName, string key, CancellationToken ct = default) =>
        await runner.RunAsync(AuditActions.RemoveTags, userName, new Dictionary<string, object?> { ["Key"] = key }, async c =>
        {
            if (IamRules.ValidateTagKey(key) is { } keyError) return CredentialCommandRunner.ErrorAt(CredentialFields.TagKey, keyError);
            var required = (await guardrails.GetAsync(c)).RequiredTags;
            return CredentialCommandRunner.ErrorAt(CredentialFields.TagKey, IsRequired(required, key)
                ? $"{key} is required by the guardrails: it can be changed but not removed."
                : null);
        }, async c =>
        {
            await iamUsers.UntagUserAsync(userName, [key], c);
            return await iamUsers.ListUserTagsAsync(userName, c);
        }, ct);

    private static bool IsRequired(IReadOnlyList<string> required, string key) =>
        required.Contains(key, StringComparer.OrdinalIgnoreCase);
}
