namespace IamPortal.Application.Jobs;

/// <summary>
/// Hears every change of the one job it is given to (synchronously, as the runner journals it): a page passes one
/// to a start, so it follows its own job and never another tab's job on the same target.
/// </summary>
public sealed class JobObserver(Action<Job> changed) : IProgress<Job>
{
    public void Report(Job value) => changed(value);
}
