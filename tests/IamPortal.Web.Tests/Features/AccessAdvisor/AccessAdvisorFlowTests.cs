using IamPortal.Application.AccessAdvisor;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Sandbox;
using IamPortal.Sandbox.Seed;
using IamPortal.Web.Tests.Features.Onboarding;
using IamPortal.Web.Tests.Flows;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.AccessAdvisor;

/// <summary>Access Advisor hints on the real Application + Infrastructure over HTTP to a seeded Sandbox.</summary>
public sealed class AccessAdvisorFlowTests() : SandboxFlowTests("access-advisor", new SandboxOptions { SeedUsers = 60, Seed = 11 })
{
    private static async Task<AccessAdvisorReport> RunAsync(IAccessAdvisorHints advisor, AdvisorSubject subject)
    {
        var job = await advisor.StartAsync(subject);
        var report = await advisor.ReadAsync(subject, job);
        for (var i = 0; i < 20 && !report.IsDone; i++)
        {
            await Task.Delay(200);
            report = await advisor.ReadAsync(subject, job);
        }
        report.Status.Should().Be(AccessAdvisorJobStatus.Completed, report.Error);
        return report;
    }

    [Fact]
    public async Task Group_PassRoleGroup_OverHttp_PassRoleNeverSuggestedAtAnyThreshold()
    {
        await using var scope = Scope(PortalRole.TeamLead);
        var report = await RunAsync(scope.ServiceProvider.GetRequiredService<IAccessAdvisorHints>(), AdvisorSubject.Group(SeedStory.PassRoleGroup));
        var iam = report.Services.Should().ContainSingle(s => s.Namespace == "iam").Subject;
        iam.GrantsPassRole.Should().BeTrue();
        iam.GrantedBy.Select(p => p.Name).Should().Contain(SeedStory.PassRole);
        foreach (var threshold in LeastPrivilegeHints.Thresholds)
        {
            var hint = LeastPrivilegeHints.Evaluate(report, threshold, DateTimeOffset.UtcNow).Single(h => h.Service.Namespace == "iam");
            hint.Kind.Should().NotBe(HintKind.Remove, $"at {threshold} days iam:PassRole must not be suggested for removal");
            if (hint.SuggestsRemoval) hint.Text.Should().Contain("keep iam:PassRole");
        }
    }

    [Fact]
    public async Task Users_SeededAccount_OverHttp_SomeServicesUsedSomeSuggestedEachAttributed()
    {
        await using var scope = Scope(PortalRole.TeamLead);
        var sp = scope.ServiceProvider;
        var advisor = sp.GetRequiredService<IAccessAdvisorHints>();
        var snapshot = await sp.GetRequiredService<IInventoryService>().GetAsync();
        var users = snapshot.Users.Where(u => u.LastActivity is not null && u.Groups.Count > 0 && u.CreateDate < DateTimeOffset.UtcNow.AddDays(-365)).Take(8).ToList();
        users.Should().NotBeEmpty();
        var hints = new List<ServiceHint>();
        foreach (var user in users)
            hints.AddRange(LeastPrivilegeHints.Evaluate(await RunAsync(advisor, AdvisorSubject.User(user.UserName)), 90, DateTimeOffset.UtcNow));

        hints.Should().Contain(h => h.Kind == HintKind.Used);
        hints.Should().Contain(h => h.Kind == HintKind.Remove);
        hints.Where(h => h.SuggestsRemoval).Should().OnlyContain(h => h.Service.GrantedBy.Count > 0, "every granted service is attributed to a policy");
        hints.Where(h => h.Kind == HintKind.Remove).Should().OnlyContain(h => h.Service.GrantedBy.All(p => h.Text.Contains(p.Label)));
    }
}
