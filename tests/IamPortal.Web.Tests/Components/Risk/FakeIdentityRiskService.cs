using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Web.Tests.Components.Risk;

/// <summary>Effective risk answered from fixed reports; a user without one has none. <see cref="Failure"/> makes every read fail.</summary>
public sealed class FakeIdentityRiskService : IIdentityRiskService
{
    public Dictionary<string, RiskReport> Users { get; } = new(StringComparer.OrdinalIgnoreCase);
    public Exception? Failure { get; set; }
    public int UserReads { get; private set; }

    public Task<RiskReport> ForUserAsync(string userName, CancellationToken ct = default)
    {
        UserReads++;
        return Failure is not null ? Task.FromException<RiskReport>(Failure) : Task.FromResult(Users.GetValueOrDefault(userName) ?? RiskReport.Empty);
    }

    public Task<RiskReport> ForGroupAsync(string groupName, CancellationToken ct = default) => Task.FromResult(RiskReport.Empty);

    public Task<RiskReport> ForManagedPolicyAsync(string policyArn, CancellationToken ct = default) => Task.FromResult(RiskReport.Empty);

    public Task<IReadOnlyDictionary<string, RiskSeverity>> UserSeveritiesAsync(CancellationToken ct = default) =>
        Task.FromResult<IReadOnlyDictionary<string, RiskSeverity>>(Users.ToDictionary(u => u.Key, u => u.Value.Highest, StringComparer.OrdinalIgnoreCase));
}
