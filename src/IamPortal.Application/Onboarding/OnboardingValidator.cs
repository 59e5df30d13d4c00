using System.Text.RegularExpressions;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Onboarding;

/// <summary>
/// The wizard's rules over data fetched once (<see cref="OnboardingOptions"/>): IAM's own rules (IamRules), the
/// guardrails and the account's live password policy. Returns field → message; empty means valid.
/// </summary>
public static class OnboardingValidator
{
    public const int MaxJustificationLength = 500;

    public static Dictionary<string, string> Validate(OnboardingRequest request, OnboardingStep? step, OnboardingOptions options, string? existingUserName)
    {
        var errors = new Dictionary<string, string>();
        if (step is null or OnboardingStep.Details) ValidateDetails(request, options, existingUserName, errors);
        if (step is null or OnboardingStep.Access) ValidateAccess(request, options, errors);
        if (step is null or OnboardingStep.Permissions) ValidatePermissions(request, options, errors);
        if (step is null or OnboardingStep.Tags) ValidateTags(request, options, errors);
        return errors;
    }

    private static void ValidateDetails(OnboardingRequest r, OnboardingOptions o, string? existing, Dictionary<string, string> errors)
    {
        if ((IamRules.ValidateUserName(r.UserName) ?? PatternError(r.UserName, o.Guardrails)) is { } nameError)
            errors[OnboardingFields.UserName] = nameError;
        else if (existing is not null)
            errors[OnboardingFields.UserName] = NameTaken(r.UserName, existing);
        if (IamRules.ValidatePath(r.Path) is { } pathError) errors[OnboardingFields.Path] = pathError;
    }

    /// <summary>Names the user that exists, in its own spelling: IAM names are case-insensitive, so "Jane.Doe" clashes with "jane.doe".</summary>
    private static string NameTaken(string typed, string existing) =>
        string.Equals(typed, existing, StringComparison.Ordinal)
            ? $"A user named '{existing}' already exists (IAM user names are case-insensitive)."
            : $"A user named '{existing}' already exists; IAM user names are case-insensitive, so '{typed}' would clash with it.";

    private static string? PatternError(string name, Guardrails.Guardrails g)
    {
        if (UserNameRuleText.Rule(g) is not { } rule) return null;
        try
        {
            return Regex.IsMatch(name, g.UserNamePattern, RegexOptions.None, TimeSpan.FromMilliseconds(100))
                ? null
                : $"User names here must match the organisation's pattern: {rule}.";
        }
        catch (RegexMatchTimeoutException)
        {
            return "The name could not be checked against the organisation's naming pattern.";
        }
    }

    private static void ValidateAccess(OnboardingRequest r, OnboardingOptions o, Dictionary<string, string> errors)
    {
        if (!r.ConsoleAccess && !r.ProgrammaticAccess)
            errors[OnboardingFields.Access] = "Choose console access, programmatic access or both.";
        if (r.ConsoleAccess && r.PasswordChoice == PasswordChoice.Custom
            && IamRules.ValidatePassword(r.CustomPassword, o.PasswordPolicy) is { Count: > 0 } problems)
            errors[OnboardingFields.CustomPassword] = "The password does not meet the account's password policy: " + string.Join(" ", problems);
    }

    private static void ValidatePermissions(OnboardingRequest r, OnboardingOptions o, Dictionary<string, string> errors)
    {
        if (r.Groups.FirstOrDefault(g => o.FindGroup(g) is null) is { } unknownGroup)
            errors[OnboardingFields.Groups] = $"There is no group named '{unknownGroup}'.";
        UserOption? copyFrom = null;
        if (!string.IsNullOrWhiteSpace(r.CopyGroupsFromUser) && (copyFrom = o.FindUser(r.CopyGroupsFromUser)) is null)
            errors[OnboardingFields.CopyGroupsFromUser] = $"There is no user named '{r.CopyGroupsFromUser}' to copy groups from.";
        var groupCount = EffectiveGroups(r, copyFrom).Count;
        if (groupCount > IamRules.MaxGroupsPerUser && !errors.ContainsKey(OnboardingFields.Groups))
            errors[OnboardingFields.Groups] = $"A user can be in at most {IamRules.MaxGroupsPerUser} groups ({groupCount} chosen, including copied ones).";

        if (r.ManagedPolicyArns.Count > 0)
        {
            if (!o.Guardrails.AllowDirectPolicyAttachment)
                errors[OnboardingFields.ManagedPolicyArns] = "The guardrails do not allow attaching policies directly to users: grant permissions through groups (CIS 1.15).";
            else if (r.ManagedPolicyArns.Distinct().Count() > IamRules.MaxManagedPoliciesPerUser)
                errors[OnboardingFields.ManagedPolicyArns] = $"At most {IamRules.MaxManagedPoliciesPerUser} managed policies can be attached to a user.";
            else if (r.ManagedPolicyArns.FirstOrDefault(a => o.FindPolicy(a) is null) is { } unknownPolicy)
                errors[OnboardingFields.ManagedPolicyArns] = $"There is no managed policy '{unknownPolicy}'.";
            else if (string.IsNullOrWhiteSpace(r.DirectAttachmentJustification))
                errors[OnboardingFields.DirectAttachmentJustification] = "Say why this user needs policies attached directly rather than through a group.";
            else if (r.DirectAttachmentJustification.Length > MaxJustificationLength)
                errors[OnboardingFields.DirectAttachmentJustification] = $"At most {MaxJustificationLength} characters.";
        }

        if (!string.IsNullOrWhiteSpace(r.PermissionsBoundaryArn) && o.FindPolicy(r.PermissionsBoundaryArn) is null)
            errors[OnboardingFields.PermissionsBoundaryArn] = $"There is no managed policy '{r.PermissionsBoundaryArn}' to use as a permissions boundary.";
    }

    private static void ValidateTags(OnboardingRequest r, OnboardingOptions o, Dictionary<string, string> errors)
    {
        for (var i = 0; i < r.Tags.Count; i++)
        {
            if (IamRules.ValidateTagKey(r.Tags[i].Key) is { } keyError) errors[OnboardingFields.TagKey(i)] = keyError;
            else if (OnboardingOwnership.IsReserved(r.Tags[i].Key))
                errors[OnboardingFields.TagKey(i)] = "Keys that start with iamportal: are the portal's own; choose another key.";
            if (IamRules.ValidateTagValue(r.Tags[i].Value) is { } valueError) errors[OnboardingFields.TagValue(i)] = valueError;
        }
        for (var i = 0; i < r.Tags.Count; i++)
        {
            var required = o.Guardrails.RequiredTags.Contains(r.Tags[i].Key, StringComparer.OrdinalIgnoreCase);
            if (required && string.IsNullOrWhiteSpace(r.Tags[i].Value) && !errors.ContainsKey(OnboardingFields.TagValue(i)))
                errors[OnboardingFields.TagValue(i)] = $"{r.Tags[i].Key} is a required tag: give it a value.";
        }
        var missing = o.Guardrails.RequiredTags.Where(k => !r.Tags.Any(t => string.Equals(t.Key, k, StringComparison.OrdinalIgnoreCase))).ToList();
        if (missing.Count > 0)
            errors[OnboardingFields.Tags] = $"The guardrails require these tags: {string.Join(", ", missing)}.";
        else if (IamRules.ValidateTags(r.Tags) is { } setError)
            errors[OnboardingFields.Tags] = setError;
        else if (r.Tags.Count > OnboardingOwnership.MaxOperatorTags)
            errors[OnboardingFields.Tags] = $"At most {OnboardingOwnership.MaxOperatorTags} tags: IAM allows {IamRules.MaxTagsPerUser} and the portal adds one to mark the user as created by this onboarding.";
    }

    /// <summary>The groups the user will join: those picked plus those copied from another user, without duplicates.</summary>
    public static IReadOnlyList<string> EffectiveGroups(OnboardingRequest r, UserOption? copyFrom) =>
        r.Groups.Concat(copyFrom?.Groups ?? []).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}
