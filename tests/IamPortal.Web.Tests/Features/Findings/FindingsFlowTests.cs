using IamPortal.Application.Audit;
using IamPortal.Application.Findings;
using IamPortal.Application.Operators;
using IamPortal.Sandbox;
using IamPortal.Web.Tests.Flows;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Findings;

/// <summary>The checks on the real Application + Infrastructure over HTTP and SigV4 to a seeded Sandbox; acceptances in the real database.</summary>
public sealed class FindingsFlowTests() : SandboxFlowTests("findings", new SandboxOptions { SeedUsers = 40, Seed = 7 })
{
    private const string Mfa = "iam_user_mfa_enabled_console_access";

    [Fact]
    public async Task Report_OverTheSeed_FindsConsoleUsersWithoutMfaAndAcceptanceIsStoredAndCounted()
    {
        FindingResult failing;
        await using (var scope = Scope(PortalRole.Auditor))
        {
            var report = await scope.ServiceProvider.GetRequiredService<IFindingsService>().GetReportAsync();
            report.Checks.Should().HaveCountGreaterThan(20);
            var mfa = report.ResultsFor(Mfa).ToList();
            mfa.Should().Contain(r => r.Status == FindingStatus.Fail, "the seed has console users without MFA");
            report.ResultsFor("iam_root_mfa_enabled").Single().Status.Should().NotBe(FindingStatus.Manual, "the account summary is readable");
            report.ResultsFor("iam_password_policy_minimum_length_14").Single().Status.Should().NotBe(FindingStatus.Manual);
            failing = mfa.First(r => r.Status == FindingStatus.Fail);

            var accepted = await scope.ServiceProvider.GetRequiredService<IRiskAcceptanceService>().AcceptAsync(new AcceptRiskRequest(
                Mfa, failing.ResourceId, failing.ResourceName, "Security lead", "Service desk account, MFA being rolled out.",
                DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30)));
            accepted.Succeeded.Should().BeTrue(accepted.Error);
        }
        await using (var scope = Scope(PortalRole.Auditor))
        {
            var report = await scope.ServiceProvider.GetRequiredService<IFindingsService>().GetReportAsync();
            report.ResultsFor(Mfa).Single(r => r.ResourceId == failing.ResourceId).Status.Should().Be(FindingStatus.Accepted);
            (await scope.ServiceProvider.GetRequiredService<IRiskAcceptanceService>().ListAsync()).Value.Should().ContainSingle(r => r.Acceptance.Owner == "Security lead");
            var log = await scope.ServiceProvider.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery { Action = "Findings", PageSize = 10 });
            log.Items.Should().ContainSingle(e => e.Record.Action == AuditActions.AcceptFindingRisk && e.Record.Outcome == AuditOutcomes.Success);
        }
    }

    [Fact]
    public async Task Report_OverTheSeed_JudgesRootFromTheReportsRootRowAndTheMfaList()
    {
        await using var scope = Scope(PortalRole.Auditor);

        var report = await scope.ServiceProvider.GetRequiredService<IFindingsService>().GetReportAsync();

        foreach (var check in new[] { "iam_no_root_access_key", "iam_root_mfa_enabled", "iam_root_hardware_mfa_enabled", "iam_avoid_root_usage" })
            report.ResultsFor(check).Single().Status.Should().Be(FindingStatus.Pass,
                "the Sandbox's root has MFA (no virtual device is root's), no key, and last signed in 37 days before the seed");
        report.ResultsFor("iam_avoid_root_usage").Single().Detail.Should().Contain("password");
    }
}
