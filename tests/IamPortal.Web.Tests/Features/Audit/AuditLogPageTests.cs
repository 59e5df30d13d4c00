using Bunit;
using IamPortal.Application.Audit;
using IamPortal.Application.Operators;
using IamPortal.Web.Features.Audit;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MudBlazor;
using MudBlazor.Services;

namespace IamPortal.Web.Tests.Features.Audit;

public sealed class AuditLogPageTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static (BunitContext Context, FakeAuditService Audit) Create()
    {
        var audit = new FakeAuditService();
        audit.Entries.Add(FakeAuditService.Entry(1, "Onboarding.Create", "alice", parameters: "{\"userName\":\"alice\",\"password\":\"[redacted]\"}"));
        audit.Entries.Add(FakeAuditService.Entry(2, "Credentials.DeleteAccessKey", "bob", "DeleteConflict"));
        audit.Entries.Add(FakeAuditService.Entry(3, "Guardrails.Save", "guardrails", AuditOutcomes.Denied));
        var ctx = new BunitContext();
        ctx.JSInterop.Mode = JSRuntimeMode.Loose;
        ctx.Services.AddMudServices();
        ctx.Services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));
        ctx.Services.AddSingleton<IAuditService>(audit);
        ctx.SetRendererInfo(new RendererInfo("Server", true));
        ctx.Render<MudPopoverProvider>();
        return (ctx, audit);
    }

    [Fact]
    public async Task Render_Entries_ShowsOperatorActionTargetAndOutcome()
    {
        var (ctx, _) = Create();
        await using var _ctx = ctx;

        var cut = ctx.Render<AuditLogPage>();

        cut.WaitForAssertion(() => cut.FindAll("[data-testid='audit-operator']").Should().HaveCount(3), Wait);
        var grid = cut.Find("[data-testid='audit-grid']").TextContent;
        grid.Should().Contain("Ada Admin").And.Contain("admin@iam-portal.test").And.Contain("Oidc").And.Contain("SecurityAdmin")
            .And.Contain("Credentials.DeleteAccessKey").And.Contain("DeleteConflict").And.Contain("Denied");
    }

    [Fact]
    public async Task Render_Entries_ShowsTheAccountOfEachEntry()
    {
        var (ctx, _) = Create();
        await using var _ctx = ctx;

        var cut = ctx.Render<AuditLogPage>();

        cut.WaitForAssertion(() => cut.FindAll("[data-testid='audit-account']").Select(e => e.TextContent).Should().Equal(Enumerable.Repeat("123456789012", 3)), Wait);
        cut.FindAll("[data-testid='audit-grid'] th").Select(th => th.TextContent.Trim()).Should().Contain("Account");
    }

    [Fact]
    public async Task FilterByAction_SendsTheFilterToTheService()
    {
        var (ctx, audit) = Create();
        await using var _ctx = ctx;
        var cut = ctx.Render<AuditLogPage>();
        cut.WaitForAssertion(() => cut.FindAll("[data-testid='audit-operator']").Should().HaveCount(3), Wait);

        cut.Find("#audit-filter-action").Input("Guardrails");
        cut.Find("#audit-filter-action").Blur();

        cut.WaitForAssertion(() => audit.Queries.Last().Action.Should().Be("Guardrails"), Wait);
        cut.WaitForAssertion(() => cut.FindAll("[data-testid='audit-operator']").Should().ContainSingle(), Wait);
    }

    [Fact]
    public async Task VerifyIntegrity_Intact_ShowsEntryCount()
    {
        var (ctx, audit) = Create();
        await using var _ctx = ctx;
        audit.Verification = AuditChainVerification.Intact(3);
        var cut = ctx.Render<AuditLogPage>();

        cut.Find("[data-testid='audit-verify']").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid='audit-verification']").TextContent.Should().Contain("Chain intact: 3 entries"), Wait);
    }

    [Fact]
    public async Task VerifyIntegrity_Broken_NamesTheEntryAndReason()
    {
        var (ctx, audit) = Create();
        await using var _ctx = ctx;
        audit.Verification = AuditChainVerification.Broken(2, 2, "the entry's content does not match its hash");
        var cut = ctx.Render<AuditLogPage>();

        cut.Find("[data-testid='audit-verify']").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid='audit-verification']").TextContent
            .Should().Contain("Broken at entry #2: the entry's content does not match its hash"), Wait);
    }

    [Fact]
    public async Task VerifyIntegrity_Intact_ShowsTheHeadToRecord()
    {
        var (ctx, audit) = Create();
        await using var _ctx = ctx;
        var head = new AuditAnchor(3, new string('a', 64));
        audit.Verification = AuditChainVerification.Intact(3, head);
        var cut = ctx.Render<AuditLogPage>();

        cut.Find("[data-testid='audit-verify']").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid='audit-chain-head']").TextContent.Should().Be($"3:{new string('a', 64)}"), Wait);
        cut.FindAll("button[aria-label='Copy chain head']").Should().ContainSingle();
    }

    [Fact]
    public async Task VerifyAgainstRecordedHead_BadTextRefusedAtField_GoodTextSentToTheService()
    {
        var (ctx, audit) = Create();
        await using var _ctx = ctx;
        var cut = ctx.Render<AuditLogPage>();
        cut.Find("[data-testid='audit-verify']").Click();
        cut.WaitForAssertion(() => cut.Find("#audit-anchor"), Wait);

        cut.Find("#audit-anchor").Change("12:not-a-hash");
        cut.Find("#audit-anchor-verify").Click();
        cut.WaitForAssertion(() => cut.Markup.Should().Contain("a colon, and its 64-character hash"), Wait);
        audit.VerifiedAgainst.Should().Equal([null], "nothing is verified against an unreadable head");

        cut.Find("#audit-anchor").Change($"12:{new string('B', 64)}");
        cut.Find("#audit-anchor-verify").Click();

        cut.WaitForAssertion(() => audit.VerifiedAgainst.Last().Should().Be(new AuditAnchor(12, new string('b', 64))), Wait);
    }

    [Fact]
    public async Task ExportCsv_DownloadsTheFilteredRows()
    {
        var (ctx, audit) = Create();
        await using var _ctx = ctx;
        var cut = ctx.Render<AuditLogPage>();

        cut.Find("[data-testid='audit-export']").Click();

        cut.WaitForAssertion(() => ctx.JSInterop.Invocations.Should().Contain(i => i.Identifier == "iamPortal.downloadText"), Wait);
        var call = ctx.JSInterop.Invocations.Single(i => i.Identifier == "iamPortal.downloadText");
        ((string)call.Arguments[0]!).Should().StartWith("audit-log-").And.EndWith(".csv");
        ((string)call.Arguments[2]!).Should().Contain("Onboarding.Create").And.Contain("Sequence");
    }

    [Fact]
    public async Task Details_OpenEntry_ShowsParametersWithoutSecrets()
    {
        var (ctx, _) = Create();
        await using var _ctx = ctx;
        var cut = ctx.Render<AuditLogPage>();
        cut.WaitForAssertion(() => cut.FindAll("[data-testid='audit-operator']").Should().HaveCount(3), Wait);

        cut.Find("button[aria-label='Details of entry 1']").Click();

        cut.WaitForAssertion(() => cut.Find("[data-testid='audit-parameters']").TextContent
            .Should().Contain("\"userName\": \"alice\"").And.Contain("[redacted]"), Wait);
        cut.Find("[data-testid='audit-details']").TextContent.Should().Contain("corr-1").And.Contain("hash-1");
    }

    [Fact]
    public async Task Render_ServiceRefuses_ShowsTheReasonInsteadOfFailing()
    {
        var (ctx, audit) = Create();
        await using var _ctx = ctx;
        audit.Failure = new PortalAccessDeniedException("read the audit log", PortalRole.TeamLead);

        var cut = ctx.Render<AuditLogPage>();

        cut.WaitForAssertion(() => cut.Find("[data-testid='audit-error']").TextContent.Should().Contain("TeamLead"), Wait);
    }
}
