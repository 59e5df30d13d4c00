using IamPortal.Application.Jobs;
using Microsoft.AspNetCore.Components;

namespace IamPortal.Web.Components.Jobs;

/// <summary>
/// Live progress for any job view, in one piece: subscribes to the runner's changes, passes those that match
/// <see cref="Where"/> to <see cref="Changed"/> on the circuit's dispatcher (the page re-renders), and unsubscribes
/// when the page goes. <see cref="Own"/> gives a start its observer, so a page follows the job it starts from the
/// first step, before it knows the job's id, and never another tab's job on the same target.
/// </summary>
public sealed partial class LiveJobs : ComponentBase, IDisposable
{
    [Inject] private JobProgress Progress { get; set; } = default!;

    /// <summary>Which jobs this view shows (e.g. by id, or by kind for a list).</summary>
    [Parameter, EditorRequired] public Func<Job, bool> Where { get; set; } = _ => false;

    [Parameter] public EventCallback<Job> Changed { get; set; }

    protected override void OnInitialized() => Progress.Changed += OnChanged;

    /// <summary>The observer to pass to a start: every change of the started job, and only of it.</summary>
    public IProgress<Job> Own() => new JobObserver(Show);

    private void OnChanged(Job job)
    {
        if (Where(job)) Show(job);
    }

    private void Show(Job job) => _ = InvokeAsync(() => Changed.InvokeAsync(job));

    public void Dispose() => Progress.Changed -= OnChanged;
}
