using System.Text.Json;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Tests.Fakes;
using IamPortal.Application.Users;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Jobs;

/// <summary>
/// A job kind written without touching the runner: its own typed inputs and outputs, a waiting step, and a shown-once
/// secret handed to the circuit that started it. The runner and the journal know nothing of the kind.
/// </summary>
public class StepOutcomeTests
{
    private sealed record IssueInput(string UserName);
    private sealed record Issued(string TicketId);
    private sealed record TicketSecret(string Value);

    private const string Secret = "s3cr3t-shown-once";

    private static Job NewJob() => Job.Create("Example", "alice", "Issue and wait", "op", Sample.Now, JobData.From(new { Reason = "test" }),
        [
            ("Issue", "Issue a ticket", JobData.From(new IssueInput("alice"))),
            ("WaitForUse", "Wait until the ticket is used", JobData.From(new IssueInput("alice"))),
            ("Close", "Close the ticket", JobData.From(new IssueInput("alice"))),
        ], FakeAccounts.AccountId);

    private static StepExecutor Executor(Func<bool> used, List<string> closed) => (step, _) => Task.FromResult(step.Step.Kind switch
    {
        "Issue" => Hand(step),
        "WaitForUse" => used()
            ? StepOutcome.Done()
            : StepOutcome.Waiting($"Ticket {step.OutputOf<Issued>("Issue")!.TicketId} has not been used yet.", Sample.Now.AddHours(1)),
        _ => Close(step, closed),
    });

    private static StepOutcome Hand(StepContext step)
    {
        step.Secrets.Hand(step.Job.Id, new TicketSecret(Secret));
        return StepOutcome.Done(new Issued("T-" + step.Input<IssueInput>().UserName));
    }

    private static StepOutcome Close(StepContext step, List<string> closed)
    {
        closed.Add(step.OutputOf<Issued>("Issue")!.TicketId);
        return StepOutcome.Done();
    }

    [Fact]
    public async Task RunAsync_WaitingStep_PausesTheJobWithItsReasonAndResumesFromThere()
    {
        var store = new MemoryJobStore();
        var runner = new JobRunner(store, new JobProgress(), new FakeTimeProvider(Sample.Now));
        var secrets = new JobSecrets();
        var used = false;
        var closed = new List<string>();

        var paused = await runner.RunAsync(NewJob(), Executor(() => used, closed), secrets: secrets);

        paused.Status.Should().Be(JobStatus.Waiting);
        paused.CanResume.Should().BeTrue();
        paused.FailedStep.Should().BeNull("waiting is not failing");
        paused.WaitingStep!.Kind.Should().Be("WaitForUse");
        paused.WaitingStep.WaitingFor.Should().Be("Ticket T-alice has not been used yet.");
        paused.WaitingStep.CheckAgainAt.Should().Be(Sample.Now.AddHours(1));
        paused.Steps[2].Status.Should().Be(StepStatus.Pending);
        paused.OutputOf<Issued>("Issue")!.TicketId.Should().Be("T-alice", "a step's typed output is journaled for the next steps");
        secrets.Take<TicketSecret>(paused.Id)!.Value.Should().Be(Secret);
        secrets.Take<TicketSecret>(paused.Id).Should().BeNull("a secret is shown once");

        used = true;
        var done = await runner.RunAsync((await store.GetAsync(paused.Id))!, Executor(() => used, closed), secrets: secrets);

        done.Status.Should().Be(JobStatus.Succeeded);
        done.Steps.Should().OnlyContain(s => s.Status == StepStatus.Succeeded && s.WaitingFor == null);
        closed.Should().Equal("T-alice");
    }

    [Fact]
    public async Task RunAsync_StepHandsASecret_TheJournalNeverHoldsIt()
    {
        var store = new MemoryJobStore();
        var runner = new JobRunner(store, new JobProgress(), new FakeTimeProvider(Sample.Now));

        var paused = await runner.RunAsync(NewJob(), Executor(() => false, []), secrets: new JobSecrets());

        store.History.Should().NotBeEmpty();
        store.History.Select(j => JsonSerializer.Serialize(j, new JsonSerializerOptions(JsonSerializerDefaults.Web)))
            .Should().OnlyContain(json => !json.Contains(Secret));
        new JobSecrets().ToString().Should().NotContain(Secret);
        paused.ToString().Should().NotContain(Secret);
    }

    [Fact]
    public async Task RunAsync_FailedOutcome_StopsWithItsCodeAndMessage()
    {
        var runner = new JobRunner(new MemoryJobStore(), new JobProgress(), new FakeTimeProvider(Sample.Now));

        var failed = await runner.RunAsync(NewJob(), (_, _) => Task.FromResult(StepOutcome.Failed("TicketRefused", "The ticket desk refused.")));

        failed.Status.Should().Be(JobStatus.Failed);
        failed.FailedStep!.Index.Should().Be(0);
        (failed.FailedStep.ErrorCode, failed.FailedStep.Error).Should().Be(("TicketRefused", "The ticket desk refused."));
    }

    [Fact]
    public void JobData_JournalFromBeforeTypedInputs_ReadsIntoTheRecords()
    {
        // Journals used to hold string dictionaries with IAM's parameter names.
        var old = JsonSerializer.Deserialize<JobStep>(
            """{"index":0,"kind":"DeleteAccessKey","description":"Delete access key AKIAOLD","data":{"UserName":"bob","AccessKeyId":"AKIAOLD"},"status":1}""",
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        old.Input.As<AccessKeyInput>().Should().Be(new AccessKeyInput("bob", "AKIAOLD"));
        old.Status.Should().Be(StepStatus.Running);
        var roundTrip = JsonSerializer.Deserialize<JobStep>(JsonSerializer.Serialize(old, new JsonSerializerOptions(JsonSerializerDefaults.Web)),
            new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        roundTrip.Input.Should().Be(old.Input);
        var wrong = () => old.Input.As<IamTag[]>();
        wrong.Should().Throw<InvalidOperationException>().WithMessage("*not a IamTag[]*");
    }
}
