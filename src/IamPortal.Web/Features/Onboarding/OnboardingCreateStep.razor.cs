using IamPortal.Application.Commands;
using IamPortal.Web.Components.Jobs;
using IamPortal.Application.Jobs;
using IamPortal.Application.Onboarding;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Onboarding;

/// <summary>The job's steps as they happen; on failure what exists now with Retry and Roll back (confirmed); then the credentials.</summary>
public partial class OnboardingCreateStep
{
    [Parameter] public Job? Job { get; set; }
    [Parameter] public CommandResult<OnboardingRun>? Result { get; set; }
    [Parameter] public bool Busy { get; set; }
    [Parameter] public EventCallback OnRetry { get; set; }
    [Parameter] public EventCallback OnRollBack { get; set; }

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private async Task ConfirmRollBackAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync("Roll back this onboarding?",
            $"This deletes what the onboarding created for {Job?.Target}: its credentials, group memberships, policies and the user itself.",
            yesText: "Roll back", cancelText: "Cancel");
        if (confirmed == true) await OnRollBack.InvokeAsync();
    }

    private static string Icon(StepStatus status) => JobStatusDisplay.IconOf(status);

    private static Color ColorOf(StepStatus status) => JobStatusDisplay.ColorOf(status);

    private static string Label(StepStatus status) => status switch
    {
        StepStatus.Succeeded => "done",
        StepStatus.Running => "in progress",
        StepStatus.Failed => "failed",
        StepStatus.Skipped => "skipped",
        StepStatus.Waiting => "paused",
        _ => "waiting",
    };
}
