using IamPortal.Application.Onboarding;
using IamPortal.Web.Components.Shared;

namespace IamPortal.Web.Features.Onboarding;

/// <summary>Groups (each with its policies), copying another user's groups, direct policies where allowed, a boundary.</summary>
public partial class OnboardingPermissionsStep
{
    private Task<IEnumerable<string>> SearchUsersAsync(string? typed, CancellationToken ct)
    {
        var text = InputLimits.Cap(typed, InputLimits.UserName);
        return Task.FromResult(Options.Users
            .Where(u => string.IsNullOrWhiteSpace(text) || u.UserName.Contains(text, StringComparison.OrdinalIgnoreCase))
            .Select(u => u.UserName));
    }

    /// <summary>Copying adds that user's groups to the selection, so the review shows exactly what will happen.</summary>
    private Task CopyFromChangedAsync(string? userName) => EditAsync(OnboardingFields.CopyGroupsFromUser, () =>
    {
        Draft.CopyGroupsFromUser = userName;
        if (userName is not null && Options.FindUser(userName) is { } source) Draft.Groups.UnionWith(source.Groups);
    });

    private Task ToggleGroupAsync(string group, bool selected) => EditAsync(OnboardingFields.Groups, () =>
    {
        if (selected) Draft.Groups.Add(group);
        else Draft.Groups.Remove(group);
    });

    private Task PoliciesChangedAsync(IEnumerable<string?>? arns) =>
        EditAsync(OnboardingFields.ManagedPolicyArns, () => Draft.ManagedPolicyArns = (arns ?? []).OfType<string>().ToList());

    private Task BoundaryChangedAsync(string? arn) => EditAsync(OnboardingFields.PermissionsBoundaryArn, () => Draft.PermissionsBoundaryArn = arn);
}
