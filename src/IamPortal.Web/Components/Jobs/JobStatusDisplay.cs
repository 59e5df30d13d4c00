using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using MudBlazor;

namespace IamPortal.Web.Components.Jobs;

/// <summary>How any job or step status looks, in every job view: an icon, a colour and a word (the word is what screen readers get).</summary>
public static class JobStatusDisplay
{
    public static string IconOf(StepStatus status) => status switch
    {
        StepStatus.Succeeded => Icons.Material.Filled.CheckCircle,
        StepStatus.Running => Icons.Material.Filled.HourglassTop,
        StepStatus.Failed => Icons.Material.Filled.Cancel,
        StepStatus.Skipped => Icons.Material.Filled.Redo,
        StepStatus.Waiting => Icons.Material.Filled.PauseCircle,
        _ => Icons.Material.Outlined.RadioButtonUnchecked,
    };

    public static Color ColorOf(StepStatus status) => status switch
    {
        StepStatus.Succeeded => Color.Success,
        StepStatus.Running => Color.Info,
        StepStatus.Failed => Color.Error,
        StepStatus.Skipped => Color.Warning,
        StepStatus.Waiting => Color.Info,
        _ => Color.Default,
    };

    public static string WordOf(StepStatus status) => status switch
    {
        StepStatus.Succeeded => "Done",
        StepStatus.Running => "Running",
        StepStatus.Failed => "Failed",
        StepStatus.Skipped => "Skipped",
        StepStatus.Waiting => "Waiting",
        _ => "Pending",
    };

    public static Color ColorOf(JobStatus status) => status switch
    {
        JobStatus.Succeeded => Color.Success,
        JobStatus.Failed => Color.Error,
        JobStatus.Running => Color.Info,
        JobStatus.Cancelled => Color.Warning,
        JobStatus.Waiting => Color.Info,
        _ => Color.Default,
    };

    /// <summary>Resumable now: stopped, never started, or marked Running by a portal process that is gone (interrupted).</summary>
    public static bool CanResumeNow(Job job, bool runningHere) => job.CanResume && !runningHere;

    public static string WordOf(Job job, bool runningHere) => job.Status switch
    {
        JobStatus.Running when !runningHere => "Interrupted",
        JobStatus.Failed => "Stopped",
        var s => s.ToString(),
    };

    public static string KindOf(Job job) => job.Kind switch
    {
        LifecycleJobKinds.QuarantineRelease => "Release",
        var k => k,
    };

    /// <summary>What a waiting step waits for, with when to look again if the step said so.</summary>
    public static string? WaitingText(JobStep step) => step.Status != StepStatus.Waiting ? null
        : step.CheckAgainAt is { } at ? $"{step.WaitingFor} Check again after {at.UtcDateTime:HH:mm} UTC." : step.WaitingFor;
}
