using IamPortal.Application.Onboarding;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Onboarding;

/// <summary>What every input step of the wizard gets: the shared draft, the options, the step's errors and a change callback.</summary>
public abstract class OnboardingStepBase : ComponentBase
{
    [Parameter, EditorRequired] public required OnboardingDraft Draft { get; set; }
    [Parameter, EditorRequired] public required OnboardingOptions Options { get; set; }
    [Parameter, EditorRequired] public required IReadOnlyDictionary<string, string> Errors { get; set; }
    [Parameter] public EventCallback Changed { get; set; }
    /// <summary>
    /// The step's current errors, read at render time: after an edit the step re-renders itself at once and reads the
    /// page's latest validation result through this, whatever the stepper around it does.
    /// </summary>
    [Parameter] public Func<IReadOnlyDictionary<string, string>>? CurrentErrors { get; set; }

    protected IReadOnlyDictionary<string, string> StepErrors => CurrentErrors?.Invoke() ?? Errors;

    protected string? ErrorAt(string field) => Draft.ErrorAt(StepErrors, field);

    /// <summary>Records an edit: the field is now touched (its error shows) and the step is validated again.</summary>
    protected Task EditAsync(string field, Action apply)
    {
        apply();
        Draft.Touch(field);
        return ChangedThenRenderAsync();
    }

    private async Task ChangedThenRenderAsync()
    {
        await Changed.InvokeAsync();
        StateHasChanged();
    }
}
