using IamPortal.Application.Jobs;

namespace IamPortal.Application.Tests.Fakes;

public sealed class MemoryJobStore : IJobStore
{
    public Dictionary<Guid, Job> Jobs { get; } = [];
    public List<Job> History { get; } = [];

    public Task SaveAsync(Job job, CancellationToken ct = default)
    {
        Jobs[job.Id] = job;
        History.Add(job);
        return Task.CompletedTask;
    }

    public Task<Job?> GetAsync(Guid id, CancellationToken ct = default) => Task.FromResult(Jobs.GetValueOrDefault(id));

    public Task<IReadOnlyList<Job>> ListAsync(string? kind = null, string? target = null, int take = 100, CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyList<Job>>(Jobs.Values.Where(j => (kind is null || j.Kind == kind) && (target is null || string.Equals(j.Target, target, StringComparison.OrdinalIgnoreCase))).Take(take).ToList());
}
