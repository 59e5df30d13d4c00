using IamPortal.Application.Accounts;
using IamPortal.Application.Commands;
using IamPortal.Application.Findings;
using IamPortal.Application.Findings.Checks;
using IamPortal.Application.Inventory;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Findings;

/// <summary>The real checks over a small account (alice: console without MFA; bob: fine) and in-memory acceptances.</summary>
public sealed class FakeFindingsService(FakeRiskAcceptanceService acceptances) : IFindingsService
{
    public bool Fail { get; set; }

    public static IReadOnlyList<UserInventoryRow> Users { get; } =
    [
        new() { UserName = "alice", UserId = "AIDAALICE", Arn = "arn:aws:iam::123456789012:user/alice", Path = "/", CreateDate = TestData.Now.AddDays(-30), PasswordEnabled = true, PasswordLastUsed = TestData.Now.AddDays(-1) },
        new() { UserName = "bob", UserId = "AIDABOB", Arn = "arn:aws:iam::123456789012:user/bob", Path = "/", CreateDate = TestData.Now.AddDays(-30), PasswordEnabled = true, MfaActive = true, PasswordLastUsed = TestData.Now.AddDays(-1) },
    ];

    public Task<FindingsReport> GetReportAsync(CancellationToken ct = default)
    {
        if (Fail) throw new Application.Iam.IamException("ServiceFailure", "IAM is down", null, 500);
        var snapshot = new InventorySnapshot(new AccountContext("123456789012", "test"), TestData.Now, TestData.Now.AddHours(-1), Users, [], [], TimeSpan.Zero);
        var settings = new AccountSettings(new(14, true, true, true, true, true, true, 90, 24),
            new Dictionary<string, long> { ["AccountMFAEnabled"] = 1, ["AccountAccessKeysPresent"] = 0 }, TestData.Now);
        var input = new FindingsInput(snapshot, settings, new FindingsOptions(), TestData.Now, new NoRisk());
        return Task.FromResult(FindingsEvaluator.Evaluate(CheckCatalog.All, input, acceptances.Items));
    }

    public async Task<IReadOnlyList<FindingResult>> ForUserAsync(string userName, CancellationToken ct = default) =>
        [.. (await GetReportAsync(ct)).Results.Where(r => r.ResourceName == userName)];

    public async Task<IReadOnlyList<FindingResult>> ForGroupAsync(string groupName, CancellationToken ct = default) =>
        [.. (await GetReportAsync(ct)).Results.Where(r => r.ResourceName == groupName)];

    private sealed class NoRisk : IRiskAnalyzer
    {
        public RiskReport Analyze(PolicySource policy) => RiskReport.Empty;
        public RiskReport AnalyzeTogether(IReadOnlyCollection<PolicySource> policies) => RiskReport.Empty;
        public RiskDifference Compare(RiskReport before, RiskReport after) => new([], []);
    }
}

/// <summary>Acceptances in memory with the real field rules.</summary>
public sealed class FakeRiskAcceptanceService : IRiskAcceptanceService
{
    public List<RiskAcceptance> Items { get; } = [];

    public Task<CommandResult<RiskAcceptance>> AcceptAsync(AcceptRiskRequest request, CancellationToken ct = default)
    {
        var errors = RiskAcceptanceRules.Validate(request, TestData.Now);
        if (errors.Count == 0 && Items.FirstOrDefault(a => a.CheckId == request.CheckId && a.ResourceId == request.ResourceId && a.IsActiveAt(TestData.Now)) is { } active)
            errors[nameof(request.ExpiresOn)] = RiskAcceptanceRules.AlreadyAccepted(active);
        if (errors.Count > 0) return Task.FromResult(CommandResult.Invalid<RiskAcceptance>(errors));
        var a = new RiskAcceptance(Guid.NewGuid(), "123456789012", request.CheckId, request.ResourceId, request.ResourceName, request.Owner.Trim(),
            request.Justification.Trim(), TestData.Now, "Test", RiskAcceptanceRules.EndOfDay(request.ExpiresOn!.Value));
        Items.Add(a);
        return Task.FromResult(CommandResult.Ok(a));
    }

    public Task<CommandResult<RiskAcceptance>> RevokeAsync(Guid id, CancellationToken ct = default)
    {
        var i = Items.FindIndex(a => a.Id == id);
        Items[i] = Items[i] with { RevokedAt = TestData.Now, RevokedBy = "Test" };
        return Task.FromResult(CommandResult.Ok(Items[i]));
    }

    public Task<CommandResult<IReadOnlyList<RiskAcceptanceRow>>> ListAsync(bool includeInactive = false, CancellationToken ct = default) =>
        Task.FromResult(CommandResult.Ok<IReadOnlyList<RiskAcceptanceRow>>([.. Items
            .Select(a => new RiskAcceptanceRow(a, a.IsActiveAt(TestData.Now) && a.ExpiresAt <= TestData.Now.AddDays(14), a.IsActiveAt(TestData.Now)))
            .Where(r => includeInactive || r.Active)]));
}

public static class FindingsFakesRegistration
{
    /// <summary>The findings fakes PortalTestContext adds (the user and group pages host FindingsPanel).</summary>
    public static IServiceCollection AddFindingsFakes(this IServiceCollection services)
    {
        var acceptances = new FakeRiskAcceptanceService();
        services.AddSingleton(acceptances);
        services.AddSingleton<IRiskAcceptanceService>(acceptances);
        services.AddSingleton(new FakeFindingsService(acceptances));
        services.AddSingleton<IFindingsService>(sp => sp.GetRequiredService<FakeFindingsService>());
        return services;
    }
}
