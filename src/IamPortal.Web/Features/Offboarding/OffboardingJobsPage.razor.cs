using IamPortal.Application.Commands;
using IamPortal.Web.Components.Jobs;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using Microsoft.AspNetCore.Components;
using IamPortal.Application.Iam;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>The jobs panel: recent lifecycle jobs from the journal, refreshed live as any of them changes.</summary>
public partial class OffboardingJobsPage
{
    private IReadOnlyList<Job> _jobs = [];
    private string? _error;
    private bool _loading = true;

    [Inject] private IOffboardingService Offboarding { get; set; } = default!;
    protected override async Task OnInitializedAsync()
    {
        var read = await CommandResult.CaptureAsync(() => Offboarding.ListJobsAsync(take: 100));
        (_jobs, _error) = (read.Value ?? [], read.Error);
        _loading = false;
    }

    private static bool IsLifecycleJob(Job job) => LifecycleJobKinds.All.Contains(job.Kind);

    private void OnJobChanged(Job job)
    {
        var list = _jobs.ToList();
        var at = list.FindIndex(j => j.Id == job.Id);
        if (at >= 0) list[at] = job;
        else list.Insert(0, job);
        _jobs = list;
    }
}
