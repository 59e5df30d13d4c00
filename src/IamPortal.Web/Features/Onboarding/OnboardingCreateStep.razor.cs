using IamPortal.Application.Jobs;
using IamPortal.Application.Onboarding;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace IamPortal.Web.Features.Onboarding;

/// <summary>The job's steps as they happen; on failure what exists now with Retry and Roll back (confirmed); then the credentials.</summary>
public partial class OnboardingCreateStep
{
    [Parameter] public Job? Job { get; set; }
    [Parameter] public OnboardingResult? Result { get; set; }
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

    private static string Icon(StepStatus status) => status switch
    {
        StepStatus.Succeeded => Icons.Material.Filled.CheckCircle,
        StepStatus.Running => Icons.Material.Filled.Autorenew,
        StepStatus.Failed => Icons.Material.Filled.Error,
        StepStatus.Skipped => Icons.Material.Filled.SkipNext,
        _ => Icons.Material.Outlined.Circle,
    };

    private static Color ColorOf(StepStatus status) => status switch
    {
        StepStatus.Succeeded => Color.Success,
        StepStatus.Running => Color.Info,
        StepStatus.Failed => Color.Error,
        StepStatus.Skipped => Color.Warning,
        _ => Color.Default,
    };

    private static string Label(StepStatus status) => status switch
    {
        StepStatus.Succeeded => "done",
        StepStatus.Running => "in progress",
        StepStatus.Failed => "failed",
        StepStatus.Skipped => "skipped",
        _ => "waiting",
    };
}
