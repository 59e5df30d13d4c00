using IamPortal.Application.Credentials;
using IamPortal.Application.Iam;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Credentials;

/// <summary>The user's tags, editable in place: add, edit (key or value), remove; IAM's rules and the required tags checked at the field.</summary>
public partial class UserTagsTab
{
    private string? _editing;
    private string? _key, _value;

    [Parameter, EditorRequired] public required IReadOnlyList<IamTag> Tags { get; set; }
    [Parameter] public IReadOnlyList<string> RequiredTags { get; set; } = [];

    [Inject] private IUserTagsService TagsService { get; set; } = default!;

    protected override bool ShowsFieldErrors => true;

    private bool IsRequired(string key) => RequiredTags.Contains(key, StringComparer.OrdinalIgnoreCase);

    private string? FieldError(string field) => FieldErrors.GetValueOrDefault(field);

    private void StartEdit(IamTag tag) => (_editing, _key, _value, FieldErrors, Error) = (tag.Key, tag.Key, tag.Value, new Dictionary<string, string>(), null);

    private void CancelEdit() => (_editing, _key, _value, FieldErrors) = (null, null, null, new Dictionary<string, string>());

    private Task AddAsync() => SaveAsync(null, $"Tag {_key} added.");

    private Task SaveEditAsync() => SaveAsync(_editing, $"Tag {_key} saved.");

    private async Task SaveAsync(string? originalKey, string message)
    {
        var key = (_key ?? "").Trim();
        var result = await RunAsync(() => TagsService.SetAsync(UserName, key, _value ?? "", originalKey));
        if (result is null) return;
        CancelEdit();
        await DoneAsync(message);
    }

    private async Task RemoveAsync(IamTag tag)
    {
        if (await ConfirmAsync($"Remove the tag {tag.Key}?", $"The tag {tag.Key} = {tag.Value} is removed from {UserName}.", "Remove") != true) return;
        if (await RunAsync(() => TagsService.RemoveAsync(UserName, tag.Key)) is null) return;
        await DoneAsync($"Tag {tag.Key} removed.");
    }
}
