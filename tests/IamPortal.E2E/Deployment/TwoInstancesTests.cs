using IamPortal.Application.Audit;
using IamPortal.Application.Jobs;
using IamPortal.E2E.Infrastructure;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace IamPortal.E2E.Deployment;

/// <summary>
/// Two portal processes on one PostgreSQL and one Sandbox, as two instances behind a load balancer run (ADR 0012): an
/// offboarding started on the first, which is killed (SIGKILL) in the middle of a step, is finished by the second once
/// the first's lease ran out; the user is gone, no step ran twice, and the audit chain is one intact chain. Two writer
/// processes appending at once keep one chain.
/// </summary>
public sealed class TwoInstancesTests
{
    private const string User = "two.instances.leaver";
    private static readonly string[] SlowActions = ["DeleteAccessKey", "DeleteUserPolicy", "RemoveUserFromGroup", "DeleteUser"];

    [SkippableFact]
    public async Task Offboarding_FirstInstanceKilledMidJob_SecondFinishesIt()
    {
        var database = OwnDatabase();

        await using var sandbox = await SandboxProcess.StartAsync();
        var cli = new OnboardingCli(sandbox.Url);
        await GiveTheLeaverSomethingOfEachAsync(cli);
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Portal"] = database, ["Sandbox__Url"] = sandbox.Url.ToString(), ["Portal__Mode"] = "Demo",
            ["Jobs__Ttl"] = "00:00:04",
        };
        var first = await PortalProcess.StartAsync(settings);
        await using var second = await PortalProcess.StartAsync(settings);

        Guid jobId;
        int interruptedAt;
        using (var playwright = await Playwright.CreateAsync())
        {
            await using var browser = await PortalBrowserFixture.LaunchChromiumAsync(playwright);
            var page = await (await browser.NewContextAsync(new() { BaseURL = first.BaseUrl.ToString() })).NewPageAsync();
            await page.GotoAsync($"/users/{User}/offboard");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await sandbox.SlowDownAsync(1500, SlowActions);
            await page.Locator("#offboard-start").ClickAsync();
            await page.Locator("#offboard-confirm-name").FillAsync(User);
            await page.Locator("#offboard-confirm-go").ClickAsync();
            // Some steps done, one in flight: then the first instance dies without a chance to clean up.
            await Assertions.Expect(page.Locator("[data-testid^='job-step-'][data-status='Succeeded']")).ToHaveCountAsync(6, new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator("[data-testid^='job-step-'][data-status='Running']")).ToHaveCountAsync(1);
            await first.DisposeAsync(); // Process.Kill: SIGKILL
            var journaled = (await JournalAsync(database)).Single(j => j.Target == User);
            (jobId, interruptedAt) = (journaled.Id, journaled.Steps.Single(s => s.Status == StepStatus.Running).Index);
            journaled.Status.Should().Be(JobStatus.Running, "the first instance died inside a step");
        }

        // The second instance takes the job over after the lease (4 s) runs out, and finishes it from the journal.
        var job = await WaitForAsync(async () => (await JournalAsync(database)).Single(j => j.Id == jobId), j => j.Status == JobStatus.Succeeded,
            TimeSpan.FromSeconds(90), second);
        job.Steps.Should().OnlyContain(s => s.Status == StepStatus.Succeeded);
        var gone = await cli.RunAsync("iam", "get-user", "--user-name", User);
        gone.ExitCode.Should().NotBe(0);
        gone.Stderr.Should().Contain("NoSuchEntity");

        // No step ran twice: each mutating call once per step, plus at most the one that was in flight at the kill.
        var counts = await sandbox.RequestCountsAsync();
        foreach (var action in SlowActions.Append("DeactivateMfaDevice").Append("DeleteLoginProfile"))
        {
            var steps = job.Steps.Count(s => s.Kind == action);
            var inFlight = job.Steps[interruptedAt].Kind == action ? 1 : 0;
            counts.GetValueOrDefault(action).Should().BeInRange(steps, steps + inFlight, $"{action}: {steps} step(s)");
        }

        // One chain, intact, with the second instance's resumed steps recorded as the portal, naming who started the job.
        var chain = await ChainAsync(database);
        AuditHasher.Verify(chain).IsIntact.Should().BeTrue();
        chain.Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, chain.Count).Select(i => (long)i));
        chain.Should().Contain(e => e.Record.OperatorName.StartsWith("IamPortal (resuming the job") && e.Record.Target == User);
    }

    [SkippableFact]
    public async Task AuditLog_TwoProcessesAppendingAtOnce_OneIntactChain()
    {
        var database = OwnDatabase();
        await using (var services = Persistence(database)) await services.MigratePortalDatabaseAsync();
        var benchmark = Path.Combine(RepoPaths.Root, "tests", "IamPortal.Benchmarks", "bin", RepoPaths.Configuration, "net10.0", "IamPortal.Benchmarks.dll");

        var writers = await Task.WhenAll(new[] { "a", "b" }.Select(w => RunAsync("dotnet", benchmark, "audit-append", "--connection", database, "--count", "150", "--writer", w)));

        writers.Should().OnlyContain(w => w.ExitCode == 0, string.Join("\n", writers.Select(w => w.Output)));
        var chain = await ChainAsync(database);
        chain.Should().HaveCount(300);
        chain.Select(e => e.Sequence).Should().Equal(Enumerable.Range(1, 300).Select(i => (long)i), "no gap");
        chain.Select(e => e.PreviousHash).Should().OnlyHaveUniqueItems("no two entries with the same predecessor");
        chain.Select(e => e.Record.OperatorName).Distinct().Should().BeEquivalentTo(["Writer a", "Writer b"]);
        AuditHasher.Verify(chain).IsIntact.Should().BeTrue();
    }

    /// <summary>A database of its own on the test server (the first to migrate creates it); skipped without a server.</summary>
    private static string OwnDatabase()
    {
        var server = Environment.GetEnvironmentVariable("IAMPORTAL_TEST_POSTGRES");
        Skip.If(string.IsNullOrWhiteSpace(server), "IAMPORTAL_TEST_POSTGRES is not set: test.sh starts a PostgreSQL for this test.");
        return string.Join(';', server!.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.TrimStart().StartsWith("Database=", StringComparison.OrdinalIgnoreCase))
            .Append($"Database=iamportal_two_{Guid.NewGuid():N}"));
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, params string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args) info.ArgumentList.Add(a);
        using var process = System.Diagnostics.Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }

    private static async Task GiveTheLeaverSomethingOfEachAsync(OnboardingCli cli)
    {
        async Task Iam(params string[] args) => (await cli.RunAsync(["iam", .. args])).ExitCode.Should().Be(0, string.Join(' ', args));
        await Iam("create-user", "--user-name", User);
        await Iam("create-login-profile", "--user-name", User, "--password", "Initial-Passw0rd!x");
        await Iam("create-access-key", "--user-name", User);
        await Iam("create-access-key", "--user-name", User);
        foreach (var n in new[] { "a", "b", "c" })
            await Iam("put-user-policy", "--user-name", User, "--policy-name", $"inline-{n}", "--policy-document",
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListBucket","Resource":"*"}]}""");
        foreach (var g in new[] { "two-instances-1", "two-instances-2" })
        {
            await Iam("create-group", "--group-name", g);
            await Iam("add-user-to-group", "--group-name", g, "--user-name", User);
        }
    }

    private static ServiceProvider Persistence(string database) => new ServiceCollection()
        .AddPortalPersistence(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = database }).Build(),
            Path.GetTempPath())
        .BuildServiceProvider();

    private static async Task<IReadOnlyList<Job>> JournalAsync(string database)
    {
        await using var services = Persistence(database);
        return await services.GetRequiredService<IJobStore>().ListAsync("Offboarding");
    }

    private static async Task<List<AuditEntry>> ChainAsync(string database)
    {
        await using var services = Persistence(database);
        var chain = new List<AuditEntry>();
        await foreach (var e in services.GetRequiredService<IAuditLog>().StreamChainAsync()) chain.Add(e);
        return chain;
    }

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, TimeSpan timeout, PortalProcess logs)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var value = await read();
            if (done(value)) return value;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Not done within {timeout}: {value}\n{logs.Output}");
            await Task.Delay(500);
        }
    }
}
