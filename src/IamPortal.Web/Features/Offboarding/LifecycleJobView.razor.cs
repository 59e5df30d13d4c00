using static IamPortal.Web.Components.Jobs.JobStatusDisplay;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>A lifecycle job's steps with their live status; on a stop, the exact state and Resume; at the end, the outcome.</summary>
public partial class LifecycleJobView
{
    [Parameter, EditorRequired] public required Job Job { get; set; }
    [Parameter] public bool Busy { get; set; }
    [Parameter] public bool CanManage { get; set; }
    /// <summary>This portal process is executing the job right now.</summary>
    [Parameter] public bool RunningHere { get; set; }
    [Parameter] public string? Note { get; set; }
    [Parameter] public EventCallback OnResume { get; set; }
    /// <summary>Offered beside Resume when set: gives the job up so its user is free for a new one.</summary>
    [Parameter] public EventCallback OnAbandon { get; set; }

    private double Percent => Job.Steps.Count == 0 ? 0 : 100.0 * Job.CompletedSteps / Job.Steps.Count;

    /// <summary>Marked Running in the journal but no portal process runs it: the portal stopped in the middle of it.</summary>
    private bool IsInterrupted(JobStep step) => step.Status == StepStatus.Running && !RunningHere && !Busy;

    private string StepWord(JobStep step) =>
        IsInterrupted(step) ? "Interrupted — checked again on resume"
        : step.Kind == OffboardingStepKinds.ReadWarning && step.Status == StepStatus.Succeeded ? "Noted (no IAM call)"
        : WordOf(step.Status);

    private string StateText
    {
        get
        {
            var done = Job.Steps.Where(s => s.Status is StepStatus.Succeeded or StepStatus.Skipped).Select(s => s.Index + 1).ToList();
            var doneText = done.Count == 0 ? "No step is done yet." : $"Done in IAM: step{(done.Count == 1 ? "" : "s")} {Ranges(done)}.";
            var interrupted = Job.Steps.FirstOrDefault(IsInterrupted);
            var rest = interrupted is null ? " The rest have not been attempted."
                : $" Step {interrupted.Index + 1} was in flight when the portal stopped; the steps after it have not been attempted.";
            return doneText + rest + " Resume continues from the first unfinished step (items already gone count as done).";
        }
    }

    private static string Ranges(IReadOnlyList<int> numbers)
    {
        var parts = new List<string>();
        for (var i = 0; i < numbers.Count; i++)
        {
            var start = numbers[i];
            while (i + 1 < numbers.Count && numbers[i + 1] == numbers[i] + 1) i++;
            parts.Add(start == numbers[i] ? $"{start}" : $"{start}–{numbers[i]}");
        }
        return string.Join(", ", parts);
    }

    private string StoppedHeadline => Job.Status switch
    {
        JobStatus.Failed => "The job stopped.",
        JobStatus.Waiting => "The job is waiting.",
        _ => "The job was interrupted before it finished.",
    };

    private string SuccessText => Job.Kind switch
    {
        LifecycleJobKinds.Offboarding => $"User {Job.Target} is gone (confirmed): IAM answers NoSuchEntity for it.",
        LifecycleJobKinds.Quarantine => $"{Job.Target} is quarantined: keys inactive, no console password, every action denied. Reversible until deletion.",
        _ => $"{Job.Target} is released from quarantine.",
    };
}
