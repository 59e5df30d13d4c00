using IamPortal.Application.Iam;
using IamPortal.Application.Onboarding;

namespace IamPortal.Web.Features.Onboarding;

/// <summary>An editable tag row of the wizard.</summary>
public sealed class TagRow
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
    public bool Required { get; init; }
}

/// <summary>
/// The wizard's editable state, shared by its step components (like an EditForm model), and which fields the operator
/// has touched so errors appear only where they typed. Turned into an immutable <see cref="OnboardingRequest"/> to validate.
/// </summary>
public sealed class OnboardingDraft
{
    private readonly HashSet<string> _touched = [];

    public string UserName { get; set; } = "";
    public string Path { get; set; } = "/";
    public bool ConsoleAccess { get; set; }
    public PasswordChoice PasswordChoice { get; set; } = PasswordChoice.Generated;
    public string? CustomPassword { get; set; }
    public bool PasswordResetRequired { get; set; } = true;
    public bool ProgrammaticAccess { get; set; }
    public HashSet<string> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);
    public string? CopyGroupsFromUser { get; set; }
    public IReadOnlyCollection<string> ManagedPolicyArns { get; set; } = [];
    public string? Justification { get; set; }
    public string? PermissionsBoundaryArn { get; set; }
    public List<TagRow> Tags { get; } = [];

    public static OnboardingDraft For(OnboardingOptions options)
    {
        var draft = new OnboardingDraft { Path = options.Guardrails.DefaultPath };
        foreach (var key in options.Guardrails.RequiredTags) draft.Tags.Add(new TagRow { Key = key, Required = true });
        return draft;
    }

    public void Touch(string field) => _touched.Add(field);

    public void TouchAll(IEnumerable<string> fields) => _touched.UnionWith(fields);

    /// <summary>The error to show at a field: only once the operator has touched it.</summary>
    public string? ErrorAt(IReadOnlyDictionary<string, string> errors, string field) =>
        _touched.Contains(field) && errors.TryGetValue(field, out var message) ? message : null;

    public OnboardingRequest ToRequest() => new()
    {
        UserName = UserName.Trim(), Path = Path, ConsoleAccess = ConsoleAccess, PasswordChoice = PasswordChoice,
        CustomPassword = ConsoleAccess && PasswordChoice == PasswordChoice.Custom ? CustomPassword : null,
        PasswordResetRequired = PasswordResetRequired, ProgrammaticAccess = ProgrammaticAccess,
        Groups = Groups.OrderBy(g => g, StringComparer.OrdinalIgnoreCase).ToList(),
        CopyGroupsFromUser = string.IsNullOrWhiteSpace(CopyGroupsFromUser) ? null : CopyGroupsFromUser,
        ManagedPolicyArns = ManagedPolicyArns.ToList(), DirectAttachmentJustification = Justification,
        PermissionsBoundaryArn = string.IsNullOrWhiteSpace(PermissionsBoundaryArn) ? null : PermissionsBoundaryArn,
        Tags = Tags.Select(t => new IamTag(t.Key.Trim(), t.Value.Trim())).ToList(),
    };

    public override string ToString() => $"OnboardingDraft {{ UserName = {UserName}, CustomPassword = *** }}";
}
