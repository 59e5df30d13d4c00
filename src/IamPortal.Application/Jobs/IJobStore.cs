namespace IamPortal.Application.Jobs;

/// <summary>Where jobs are kept (Infrastructure: EF Core).</summary>
public interface IJobStore
{
    Task SaveAsync(Job job, CancellationToken ct = default);
    Task<Job?> GetAsync(Guid id, CancellationToken ct = default);
    Task<IReadOnlyList<Job>> ListAsync(string? kind = null, string? target = null, int take = 100, CancellationToken ct = default);
}
