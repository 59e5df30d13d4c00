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

    private double Percent => Job.Steps.Count == 0 ? 0 : 100.0 * Job.CompletedSteps / Job.Steps.Count;

    private string StoppedHeadline => Job.Status == JobStatus.Failed ? "The job stopped." : "The job was interrupted before it finished.";

    private string SuccessText => Job.Kind switch
    {
        LifecycleJobKinds.Offboarding => $"User {Job.Target} is gone (confirmed): IAM answers NoSuchEntity for it.",
        LifecycleJobKinds.Quarantine => $"{Job.Target} is quarantined: keys inactive, no console password, every action denied. Reversible until deletion.",
        _ => $"{Job.Target} is released from quarantine.",
    };
}
