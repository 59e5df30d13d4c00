using Bunit;
using IamPortal.Application.AccessAdvisor;
using IamPortal.Application.Iam;
using IamPortal.Web.Features.AccessAdvisor;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace IamPortal.Web.Tests.Features.AccessAdvisor;

public sealed class AccessAdvisorHintsPanelTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private sealed class FakeAdvisor : IAccessAdvisorHints
    {
        public int Starts { get; private set; }
        public Exception? Fail { get; init; }

        public Task<string> StartAsync(AdvisorSubject subject, CancellationToken ct = default)
        {
            Starts++;
            return Fail is null ? Task.FromResult("job-1") : Task.FromException<string>(Fail);
        }

        public Task<AccessAdvisorReport> ReadAsync(AdvisorSubject subject, string jobId, CancellationToken ct = default) =>
            Task.FromResult(new AccessAdvisorReport(jobId, subject, AccessAdvisorJobStatus.Completed, TestData.Now.AddDays(-900),
            [
                Usage("s3", 2, new GrantingPolicy("s3-read", "arn:aws:iam::123456789012:policy/s3-read", "attached", false, TestData.Now.AddDays(-300))),
                Usage("sqs", 120, new GrantingPolicy("queues", null, "inline", false, null)),
                Usage("dynamodb", null, new GrantingPolicy("tables", "arn:aws:iam::123456789012:policy/tables", "group data", false, TestData.Now.AddDays(-300))),
                Usage("iam", null, new GrantingPolicy("deploy", null, "inline", false, null)) with { GrantsPassRole = true, GrantsOnlyPassRole = true },
            ], null));

        private static ServiceUsage Usage(string ns, int? daysAgo, GrantingPolicy policy) =>
            new(ns, ns.ToUpperInvariant(), [policy], daysAgo is { } d ? TestData.Now.AddDays(-d) : null, null, daysAgo is null ? 0 : 1, false, false);
    }

    private static (BunitContext, IRenderedComponent<AccessAdvisorHintsPanel>, FakeAdvisor) Render(FakeAdvisor? advisor = null, string? jobId = null)
    {
        advisor ??= new FakeAdvisor();
        var ctx = PortalTestContext.Create(configure: s => s.AddSingleton<IAccessAdvisorHints>(advisor));
        var panel = ctx.Render<AccessAdvisorHintsPanel>(p => p.Add(x => x.Subject, AdvisorSubject.User("alice")).Add(x => x.JobId, jobId));
        return (ctx, panel, advisor);
    }

    private static string Kind(IRenderedComponent<AccessAdvisorHintsPanel> panel, string service) =>
        panel.Find($"[data-testid='access-advisor-hint-row'][data-service='{service}']").GetAttribute("data-kind")!;

    [Fact]
    public async Task Generate_At90Days_SuggestsUnusedNamesPoliciesKeepsPassRole()
    {
        var (ctx, panel, advisor) = Render();
        await using var _ = ctx;

        panel.Find("#access-advisor-hints-generate").Click();
        panel.WaitForAssertion(() => panel.Find("[data-testid='access-advisor-hints-table']"), Wait);
        advisor.Starts.Should().Be(1);
        panel.Find("[data-testid='access-advisor-hints-summary']").TextContent.Should().Contain("2 of 4");
        Kind(panel, "s3").Should().Be(nameof(HintKind.Used));
        Kind(panel, "sqs").Should().Be(nameof(HintKind.Remove));
        Kind(panel, "iam").Should().Be(nameof(HintKind.KeepPassRole));
        var dynamo = panel.Find("[data-testid='access-advisor-hint-row'][data-service='dynamodb']").TextContent;
        dynamo.Should().Contain("Never in the tracking period").And.Contain("tables (group data)");
    }

    [Fact]
    public async Task Threshold_180Days_ServiceUsed120DaysAgoNoLongerSuggested()
    {
        var (ctx, panel, _) = Render(jobId: "job-1");
        await using var _ = ctx;

        panel.WaitForAssertion(() => panel.Find("[data-testid='access-advisor-hints-table']"), Wait);
        panel.FindAll("#access-advisor-hints-generate").Should().BeEmpty("the group tab already ran the job");
        Kind(panel, "sqs").Should().Be(nameof(HintKind.Remove));
        await panel.InvokeAsync(() => panel.FindComponent<MudSelect<int>>().Instance.ValueChanged.InvokeAsync(180));
        panel.WaitForAssertion(() => Kind(panel, "sqs").Should().Be(nameof(HintKind.Used)), Wait);
    }

    [Fact]
    public async Task Generate_IamRefuses_SectionSaysSo()
    {
        var (ctx, panel, _) = Render(new FakeAdvisor { Fail = new IamException("AccessDenied", "not allowed", httpStatus: 403) });
        await using var _ = ctx;

        panel.Find("#access-advisor-hints-generate").Click();
        panel.WaitForAssertion(() => panel.Find("[data-testid='access-advisor-hints-error']").TextContent.Should().Contain("could not be read"), Wait);
    }
}
