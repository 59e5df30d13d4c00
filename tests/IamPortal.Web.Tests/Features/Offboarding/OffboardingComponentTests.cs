using IamPortal.Application.Commands;
using Bunit;
using IamPortal.Application.Jobs;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Operators;
using IamPortal.Web.Features.Offboarding;
using IamPortal.Web.Features.Users;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace IamPortal.Web.Tests.Features.Offboarding;

public sealed class OffboardingComponentTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private readonly FakeLifecycleServices _services = new();
    private BunitContext? _ctx;
    private IRenderedComponent<MudDialogProvider> _dialogs = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Each test starts by choosing who acts (services cannot be added to a context once it rendered).</summary>
    private void Use(PortalRole role = PortalRole.SecurityAdmin)
    {
        _ctx = PortalTestContext.Create(users: new FakeUserQueryService { Rows = TestData.Rows(3) }, configure: services =>
        {
            services.AddSingleton<IOperatorContext>(new FakeOperatorContext { Current = new("s", "Alice Admin", null, "Test", role) });
            services.AddSingleton<IOffboardingPlanner>(_services);
            services.AddSingleton<IOffboardingService>(_services);
            services.AddSingleton<IQuarantineService>(_services);
            services.AddSingleton<IBulkUserActions>(_services);
            services.AddSingleton(new JobProgress());
        });
        _dialogs = _ctx.Render<MudDialogProvider>();
    }

    [Fact]
    public void OffboardPage_Render_ShowsQuarantineStepsThenPlanInDeletionOrder()
    {
        Use();
        var page = Ctx.Render<OffboardPage>(p => p.Add(x => x.UserName, "leaver"));

        page.WaitForAssertion(() => page.FindAll("[data-testid='offboarding-plan'] tr[data-testid='plan-step']").Should().HaveCount(4), Wait);
        page.Find("[data-testid='quarantine-plan']").TextContent.Should().Contain("IamPortalQuarantineDenyAll");
        page.FindAll("[data-testid='offboarding-plan'] tr[data-testid='plan-step'] td:nth-child(3)").Select(td => td.TextContent).Should().Equal(
            "Delete access key AKIAEXAMPLE1 (Active)", "Remove from group admins", "Delete user leaver", "Confirm leaver is gone (GetUser answers NoSuchEntity)");
        page.Find("#offboard-start").Should().NotBeNull();
    }

    [Fact]
    public void OffboardPage_PartUnread_WarnsAboveThePlanMarksTheStepAndStillOffersTheStart()
    {
        _services.ServiceCredentialsUnread = true;
        Use();
        var page = Ctx.Render<OffboardPage>(p => p.Add(x => x.UserName, "leaver"));

        page.WaitForAssertion(() => page.Find("[data-testid='offboard-read-warnings']").TextContent.Should()
            .Contain("IAM did not answer for some of leaver's items:").And.Contain("service-specific credentials").And.Contain("then Resume"), Wait);
        var warning = page.Find("[data-testid='offboarding-plan'] tr[data-kind='ReadWarning']");
        warning.TextContent.Should().Contain("Could not read the service-specific credentials").And.Contain("None: check by hand");
        page.Find("#offboard-start").HasAttribute("disabled").Should().BeFalse("the operator can go on");
    }

    [Fact]
    public void OffboardPage_TypeTheNameAndConfirm_StartsAndShowsTheUserGone()
    {
        Use();
        var page = Ctx.Render<OffboardPage>(p => p.Add(x => x.UserName, "leaver"));
        page.WaitForElement("#offboard-start", Wait);

        page.Find("#offboard-start").Click();
        _dialogs.WaitForElement("#offboard-confirm-go", Wait).HasAttribute("disabled").Should().BeTrue();
        _dialogs.Find("#offboard-confirm-name").Input("Leaver");
        _dialogs.Find("#offboard-confirm-go").HasAttribute("disabled").Should().BeTrue("the name must be typed exactly");
        _dialogs.Find("#offboard-confirm-name").Input("leaver");
        _dialogs.WaitForAssertion(() => _dialogs.Find("#offboard-confirm-go").HasAttribute("disabled").Should().BeFalse(), Wait);
        _dialogs.Find("#offboard-confirm-go").Click();

        page.WaitForAssertion(() => page.Find("[data-testid='job-succeeded']").TextContent.Should().Contain("User leaver is gone (confirmed)"), Wait);
        _services.Calls.Should().Equal("Start leaver quarantineFirst=True");
    }

    [Fact]
    public void OffboardPage_Auditor_SeesThePlanButCannotStart()
    {
        Use(PortalRole.Auditor);

        var page = Ctx.Render<OffboardPage>(p => p.Add(x => x.UserName, "leaver"));

        page.WaitForElement("[data-testid='offboard-forbidden']", Wait);
        page.FindAll("#offboard-start").Should().BeEmpty();
    }

    [Fact]
    public void LifecycleJobView_FailedJob_ShowsTheFailedStepAndResume()
    {
        Use();
        var job = _services.MakeJob(LifecycleJobKinds.Offboarding, "leaver", JobStatus.Failed);
        var resumed = false;

        var view = Ctx.Render<LifecycleJobView>(p => p.Add(x => x.Job, job).Add(x => x.CanManage, true).Add(x => x.OnResume, () => resumed = true));

        view.Find("[data-testid='job-step-1']").GetAttribute("data-status").Should().Be("Failed");
        view.Find("[data-testid='job-step-2']").GetAttribute("data-status").Should().Be("Pending");
        view.Find("[data-testid='job-stopped']").TextContent.Should().Contain("Detach managed policy ReadOnlyAccess").And.Contain("internal error");
        view.Find("#job-resume").Click();
        resumed.Should().BeTrue();
    }

    [Fact]
    public void LifecycleJobView_InterruptedByARestart_SaysTheStepInFlightIsCheckedAgain()
    {
        Use();
        var job = _services.MakeJob(LifecycleJobKinds.Offboarding, "leaver", JobStatus.Failed) is var j
            ? j with { Status = JobStatus.Running, Steps = [j.Steps[0], j.Steps[1] with { Status = StepStatus.Running, Error = null }, j.Steps[2]] } : null!;

        var view = Ctx.Render<LifecycleJobView>(p => p.Add(x => x.Job, job).Add(x => x.CanManage, true).Add(x => x.RunningHere, false));

        view.Find("[data-testid='job-step-1'] td:nth-child(2)").TextContent.Trim().Should().Be("Interrupted — checked again on resume");
        view.Find("[data-testid='job-state']").TextContent.Should().Contain("Done in IAM: step 1.")
            .And.Contain("Step 2 was in flight when the portal stopped").And.NotContain("the rest have not been attempted");
        view.Find("#job-resume").Should().NotBeNull();
    }

    [Fact]
    public void OffboardPage_UnfinishedJobForTheUser_OffersItsResumeInsteadOfANewStart()
    {
        Use();
        var stopped = _services.MakeJob(LifecycleJobKinds.Offboarding, "leaver", JobStatus.Failed);
        _services.Journal.Add(stopped);

        var page = Ctx.Render<OffboardPage>(p => p.Add(x => x.UserName, "leaver"));

        page.WaitForElement("#offboard-open-unfinished", Wait).GetAttribute("href").Should().Be($"offboarding/jobs/{stopped.Id}");
        page.FindAll("#offboard-start").Should().BeEmpty("a second offboarding beside an unfinished one would undo its work");
    }

    [Fact]
    public void OffboardPage_StartRefusedForAnotherJob_NamesItAndLinksToIt()
    {
        Use();
        var other = _services.MakeJob(LifecycleJobKinds.Quarantine, "leaver", JobStatus.Running);
        _services.StartAnswer = CommandResult.Conflicting<JobRun>(new JobConflict(other.Id, other.Kind, "leaver", "Bob Admin", other.CreatedAt, RunningNow: true));
        var page = Ctx.Render<OffboardPage>(p => p.Add(x => x.UserName, "leaver"));
        page.WaitForElement("#offboard-start", Wait).Click();
        _dialogs.WaitForElement("#offboard-confirm-name", Wait).Input("leaver");
        _dialogs.Find("#offboard-confirm-go").Click();

        page.WaitForAssertion(() => page.Find("[data-testid='offboard-alert']").TextContent.Should().Contain("A quarantine of leaver started by Bob Admin"), Wait);
        page.Find("[data-testid='offboard-conflict-link']").GetAttribute("href").Should().Be($"offboarding/jobs/{other.Id}");
        page.FindAll("[data-testid='job-view']").Should().BeEmpty("the other job's steps are not shown as this page's own");
    }

    [Fact]
    public void OffboardingJobPage_AbandonConfirmed_CancelsTheJob()
    {
        Use();
        var stopped = _services.MakeJob(LifecycleJobKinds.Offboarding, "leaver", JobStatus.Failed);
        _services.Journal.Add(stopped);
        var page = Ctx.Render<OffboardingJobPage>(p => p.Add(x => x.JobId, stopped.Id));

        page.WaitForElement("#job-abandon", Wait).Click();
        _dialogs.WaitForAssertion(() => _dialogs.Markup.Should().Contain("What the job did stays done"), Wait);
        _dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Abandon").Click();

        page.WaitForAssertion(() => _services.Calls.Should().Contain("Abandon"), Wait);
        page.WaitForAssertion(() => page.Find("[data-testid='job-view']").GetAttribute("data-job-status").Should().Be("Cancelled"), Wait);
    }

    [Fact]
    public void UserLifecycleActions_Auditor_RendersNothing()
    {
        Use(PortalRole.Auditor);

        var actions = Ctx.Render<UserLifecycleActions>(p => p.Add(x => x.UserName, "leaver"));

        actions.Markup.Trim().Should().BeEmpty();
    }

    [Fact]
    public void UserLifecycleActions_QuarantineWithReason_ShowsReleaseAndThePasswordNote()
    {
        Use();
        var actions = Ctx.Render<UserLifecycleActions>(p => p.Add(x => x.UserName, "leaver"));

        actions.WaitForElement("#lifecycle-quarantine", Wait).Click();
        _dialogs.WaitForElement("#quarantine-reason", Wait).Input("Laptop stolen");
        _dialogs.WaitForElement("#quarantine-confirm", Wait).Click();

        actions.WaitForElement("#lifecycle-release", Wait);
        actions.Find("[data-testid='lifecycle-note']").TextContent.Should().Contain("cannot be restored");
        _services.Calls.Should().Equal("Quarantine leaver: Laptop stolen");
    }

    [Fact]
    public void UsersGrid_SelectTwoAndDeactivateKeys_ShowsAResultPerUser()
    {
        Use();
        var grid = Ctx.Render<UsersGrid>();
        grid.WaitForAssertion(() => grid.FindAll("tbody tr.mud-table-row").Count.Should().Be(3), Wait);

        SelectRow(grid, "user001");
        SelectRow(grid, "user002");
        grid.WaitForAssertion(() => grid.Find("[data-testid='bulk-selected']").TextContent.Should().Be("2 selected"), Wait);
        grid.Find("#bulk-deactivate-keys").Click();
        _dialogs.WaitForElement("[data-testid='dialog-users']", Wait).TextContent.Should().Contain("user001").And.Contain("user002");
        _dialogs.Find("#bulk-confirm-go").Click();

        grid.WaitForAssertion(() => grid.FindAll("[data-testid='bulk-result']").Should().HaveCount(2), Wait);
        grid.FindAll("[data-testid='bulk-result'][data-succeeded='false']").Should().ContainSingle();
        grid.Find("[data-testid='bulk-progress-text']").TextContent.Should().Contain("2 of 2 users done");
        _services.Calls.Should().Equal("Bulk DeactivateKeys: user001,user002");
    }

    [Fact]
    public void UsersGrid_SelectOneAndDeactivateKeys_CountsOneUser()
    {
        Use();
        var grid = Ctx.Render<UsersGrid>();
        grid.WaitForAssertion(() => grid.FindAll("tbody tr.mud-table-row").Count.Should().Be(3), Wait);

        SelectRow(grid, "user001");
        grid.Find("#bulk-deactivate-keys").Click();
        _dialogs.WaitForElement("[data-testid='dialog-users']", Wait);
        _dialogs.Markup.Should().Contain("Deactivate keys: 1 user?").And.Contain("of this user").And.NotContain("1 users");
        _dialogs.Find("#bulk-confirm-go").Click();

        grid.WaitForAssertion(() => grid.Find("[data-testid='bulk-progress-text']").TextContent.Should().Contain("1 of 1 user done"), Wait);
        grid.Markup.Should().NotContain("1 users");
    }

    private BunitContext Ctx => _ctx!;

    /// <summary>Ticks a row's selection checkbox, found by its accessible name ("Select user001", an aria-labelledby text).</summary>
    private static void SelectRow(IRenderedComponent<UsersGrid> grid, string user)
    {
        var label = grid.FindAll("span.mud-sr-only").First(s => s.TextContent == $"Select {user}");
        grid.Find($"input[aria-labelledby='{label.Id}']").Change(true);
    }

    public async Task DisposeAsync()
    {
        if (_ctx is not null) await _ctx.DisposeAsync();
    }
}
