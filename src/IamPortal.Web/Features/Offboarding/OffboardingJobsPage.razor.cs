using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using Microsoft.AspNetCore.Components;
using IamPortal.Application.Iam;

namespace IamPortal.Web.Features.Offboarding;

/// <summary>The jobs panel: recent lifecycle jobs from the journal, refreshed live as any of them changes.</summary>
public partial class OffboardingJobsPage : IDisposable
{
    private IReadOnlyList<Job> _jobs = [];
    private string? _error;
    private bool _loading = true;

    [Inject] private IOffboardingService Offboarding { get; set; } = default!;
    [Inject] private JobProgress Progress { get; set; } = default!;
    [Inject] private ILogger<OffboardingJobsPage> Logger { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        Progress.Changed += OnJobChanged;
        await LoadAsync();
    }

    private async Task LoadAsync()
    {
        try
        {
            _jobs = await Offboarding.ListJobsAsync(take: 100);
            _error = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Logger.LogWarning(ex, "Listing the offboarding jobs failed");
            _error = IamErrorMessages.Describe(ex);
        }
        finally
        {
            _loading = false;
        }
    }

    private void OnJobChanged(Job job)
    {
        if (!LifecycleJobKinds.All.Contains(job.Kind)) return;
        _ = InvokeAsync(() =>
        {
            var list = _jobs.ToList();
            var at = list.FindIndex(j => j.Id == job.Id);
            if (at >= 0) list[at] = job;
            else list.Insert(0, job);
            _jobs = list;
            StateHasChanged();
        });
    }

    public void Dispose()
    {
        Progress.Changed -= OnJobChanged;
        GC.SuppressFinalize(this);
    }
}
