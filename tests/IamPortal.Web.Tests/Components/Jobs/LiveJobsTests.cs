using Bunit;
using IamPortal.Application.Jobs;
using IamPortal.Web.Components.Jobs;
using IamPortal.Web.Features.Offboarding;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Components.Jobs;

/// <summary>The one piece every job view uses for live progress, shown with a job kind no page knows.</summary>
public sealed class LiveJobsTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private readonly JobProgress _progress = new();
    private readonly BunitContext _ctx;

    public LiveJobsTests() => _ctx = PortalTestContext.Create(configure: s => s.AddSingleton(_progress));

    private static Job JobOf(string kind, JobStatus status = JobStatus.Running) => Job.Create(kind, "alice", $"{kind} alice", "Alice Admin", TestData.Now,
        JobData.Empty, [("Step", "The only step", JobData.Empty)], "123456789012") with { Status = status };

    [Fact]
    public async Task Changed_OnlyTheJobsItFollows_UntilThePageGoes()
    {
        var seen = new List<Job>();
        var live = _ctx.Render<LiveJobs>(p => p
            .Add(x => x.Where, j => j.Kind == "Example")
            .Add(x => x.Changed, (Job j) => seen.Add(j)));
        var mine = JobOf("Example");

        _progress.Publish(JobOf("Offboarding"));
        _progress.Publish(mine);

        live.WaitForAssertion(() => seen.Should().ContainSingle().Which.Id.Should().Be(mine.Id), Wait);
        await _ctx.DisposeComponentsAsync();
        _progress.Publish(mine with { Status = JobStatus.Succeeded });
        seen.Should().ContainSingle("a page that is gone hears nothing more");
    }

    [Fact]
    public void Own_TheStartedJob_IsHeardBeforeThePageKnowsItsId()
    {
        var seen = new List<Job>();
        var live = _ctx.Render<LiveJobs>(p => p.Add(x => x.Where, _ => false).Add(x => x.Changed, (Job j) => seen.Add(j)));

        live.Instance.Own().Report(JobOf("Example"));

        live.WaitForAssertion(() => seen.Should().ContainSingle(), Wait);
    }

    [Fact]
    public void LifecycleJobView_WaitingJob_ShowsWaitingWithTheReasonAndWhenToLookAgain()
    {
        var job = JobOf("Example", JobStatus.Waiting);
        job = job.With(job.Steps[0] with { Status = StepStatus.Waiting, WaitingFor = "The new key has not been used yet.", CheckAgainAt = TestData.Now.AddMinutes(15) });

        var view = _ctx.Render<LifecycleJobView>(p => p.Add(x => x.Job, job).Add(x => x.CanManage, true));

        view.Find("[data-testid='job-status']").TextContent.Should().Be("Waiting");
        view.Find("[data-testid='job-step-0']").GetAttribute("data-status").Should().Be("Waiting");
        view.Find("[data-testid='step-waiting']").TextContent.Should().Be(
            $"The new key has not been used yet. Check again after {TestData.Now.AddMinutes(15).UtcDateTime:HH:mm} UTC.");
        view.Find("[data-testid='job-stopped']").TextContent.Should().Contain("The job is waiting.");
        view.Find("#job-resume").Should().NotBeNull("a waiting job is resumed when the operator checks again");
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _ctx.DisposeAsync();
}
