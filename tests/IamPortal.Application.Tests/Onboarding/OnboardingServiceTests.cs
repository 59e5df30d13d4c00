using IamPortal.Application.Audit;
using IamPortal.Application.Guardrails;
using GuardrailsRules = IamPortal.Application.Guardrails.Guardrails;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Jobs;
using IamPortal.Application.Onboarding;
using IamPortal.Application.Operators;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Onboarding;

public class OnboardingServiceTests
{
    private const string Secret = "wJalrXUtnFEMI/K7MDENG+SECRETSECRETSECRET";

    private sealed class FixedGuardrails : IGuardrailsService
    {
        public Task<GuardrailsRules> GetAsync(CancellationToken ct = default) => Task.FromResult(new GuardrailsRules());
        public Task<IReadOnlyDictionary<string, string>> SaveAsync(GuardrailsRules g, CancellationToken ct = default) => throw new NotSupportedException();
    }

    private sealed class FixedInventory : IInventoryService
    {
        public int Invalidations { get; private set; }
        private static readonly InventorySnapshot Snapshot = new(new("123456789012", null), Sample.Now, Sample.Now, [Sample.Row("existing.user")],
            [new IamGroupDetail(new IamGroup("developers", "AGPA1", "arn:aws:iam::123456789012:group/developers", "/", Sample.Now), [], [])], [], TimeSpan.Zero);
        public Task<InventorySnapshot> GetAsync(CancellationToken ct = default) => Task.FromResult(Snapshot);
        public Task<InventorySnapshot> RefreshAsync(CancellationToken ct = default) => Task.FromResult(Snapshot);
        public List<string> ChangedUsers { get; } = [];
        public Task UserChangedAsync(string userName, CancellationToken ct = default)
        {
            lock (ChangedUsers) ChangedUsers.Add(userName);
            return Task.CompletedTask;
        }
        public Task InvalidateAsync(CancellationToken ct = default) { Invalidations++; return Task.CompletedTask; }
    }

    private sealed record Harness(OnboardingService Service, IIamClient Iam, MemoryJobStore Jobs, MemoryAuditLog Audit, FixedInventory Inventory);

    private static Harness Create(PortalRole role = PortalRole.SecurityAdmin)
    {
        var iam = Substitute.For<IIamClient>();
        var created = new System.Collections.Concurrent.ConcurrentDictionary<string, IamUser>(StringComparer.OrdinalIgnoreCase);
        iam.Configure().ListPoliciesAsync().ReturnsForAnyArgs(_ => (IReadOnlyList<IamManagedPolicy>)[]);
        iam.Configure().GetAccountPasswordPolicyAsync().ReturnsForAnyArgs(_ => (IamPasswordPolicy?)new IamPasswordPolicy(14, true, true, true, true));
        iam.Configure().GetUserAsync(default!).ReturnsForAnyArgs(a => created.TryGetValue((string)a[0]!, out var user) ? user : throw new NoSuchEntityException("no such user"));
        iam.Configure().CreateUserAsync(default!).ReturnsForAnyArgs(a => created[(string)a[0]!] = new IamUser((string)a[0]!, "AIDA1", "arn", "/", Sample.Now, Tags: (IReadOnlyList<IamTag>?)a[3]));
        iam.Configure().CreateLoginProfileAsync(default!, default!, default!).ReturnsForAnyArgs(a => new IamLoginProfile((string)a[0]!, Sample.Now, true));
        iam.Configure().CreateAccessKeyAsync(default!).ReturnsForAnyArgs(a => new IamNewAccessKey((string)a[0]!, "AKIANEW", IamAccessKeyStatus.Active, Sample.Now, Secret));
        iam.Configure().AddUserToGroupAsync(default!, default!).ReturnsForAnyArgs(Task.CompletedTask);
        var op = new FakeOperator(role);
        var audit = new MemoryAuditLog();
        var time = new FakeTimeProvider(Sample.Now);
        var audited = new AuditedOperations(op, audit, new FakeAccounts(), time);
        var jobs = new MemoryJobStore();
        var progress = new JobProgress();
        var inventory = new FixedInventory();
        var service = new OnboardingService(iam, iam, iam, op, audited, new FixedGuardrails(), inventory, new FakeAccounts(), new FakeAccounts(), jobs,
            new JobRunner(jobs, progress, time), new JobTargetGuard(jobs), new OnboardingStepExecutor(iam, iam, iam, iam, audited), new OnboardingRollback(iam, iam, iam, iam, audited, new OnboardingStepExecutor(iam, iam, iam, iam, audited)), new JobSecrets(), time);
        return new Harness(service, iam, jobs, audit, inventory);
    }

    private static OnboardingRequest Request() => OnboardingValidatorTests.Valid() with { Groups = ["developers"] };

    [Fact]
    public async Task StartAsync_ValidRequest_SucceedsAndCredentialsOnlyInTheResult()
    {
        var h = Create();

        var result = await h.Service.StartAsync(Request());

        result.Succeeded.Should().BeTrue(result.Error);
        result.Value!.Credentials!.SecretAccessKey.Should().Be(Secret);
        var password = result.Value!.Credentials.Password!;
        IamRules.ValidatePassword(password, new IamPasswordPolicy(14, true, true, true, true)).Should().BeEmpty();
        var journal = System.Text.Json.JsonSerializer.Serialize(h.Jobs.History);
        journal.Should().NotContain(Secret).And.NotContain(password);
        var audit = System.Text.Json.JsonSerializer.Serialize(h.Audit.Entries);
        audit.Should().NotContain(Secret).And.NotContain(password);
        h.Audit.Entries.Select(e => e.Record.Action).Should().Contain(["Users.Create", "ConsoleAccess.Enable",
            "AccessKeys.Create", "Groups.AddUser"]);
        h.Inventory.ChangedUsers.Should().Contain(result.Value!.Job.Target, "the new user's row is re-read into the inventory");
        result.ToString().Should().NotContain(Secret);
        result.Value!.Credentials.ToString().Should().NotContain(Secret).And.NotContain(password);
    }

    [Fact]
    public async Task StartAsync_ConsoleAccess_RecordsPasswordResetRequired()
    {
        var h = Create();

        await h.Service.StartAsync(Request() with { PasswordResetRequired = false });

        h.Audit.Entries.Single(e => e.Record.Action == "ConsoleAccess.Enable").Record.ParametersJson
            .Should().Contain("\"PasswordResetRequired\":false").And.NotContain(SecretScrubber.Redacted);
    }

    [Fact]
    public async Task StartAsync_CustomPassword_NeverInJournalOrAudit()
    {
        var h = Create();
        const string custom = "My-Custom-Passw0rd!";

        var result = await h.Service.StartAsync(Request() with { PasswordChoice = PasswordChoice.Custom, CustomPassword = custom });

        result.Value!.Credentials!.Password.Should().Be(custom);
        System.Text.Json.JsonSerializer.Serialize(h.Jobs.History).Should().NotContain(custom);
        System.Text.Json.JsonSerializer.Serialize(h.Audit.Entries).Should().NotContain(custom);
    }

    [Fact]
    public async Task StartAsync_NameClashesCaseInsensitively_RefusedAndNothingCreated()
    {
        var h = Create();

        var result = await h.Service.StartAsync(Request() with { UserName = "EXISTING.USER".ToLowerInvariant() });

        result.Value.Should().BeNull();
        result.Errors.Should().ContainKey(OnboardingFields.UserName);
        _ = h.Iam.DidNotReceiveWithAnyArgs().CreateUserAsync(default!);
        h.Audit.Entries.Should().ContainSingle(e => e.Record.Outcome == AuditOutcomes.Invalid);
    }

    [Fact]
    public async Task StartAsync_Auditor_RefusedAuditedAndNothingCalled()
    {
        var h = Create(PortalRole.Auditor);

        var act = () => h.Service.StartAsync(Request());

        await act.Should().ThrowAsync<PortalAccessDeniedException>();
        h.Audit.Entries.Should().ContainSingle(e => e.Record.Outcome == AuditOutcomes.Denied && e.Record.Action == "Onboarding.Start");
        h.Iam.CallNames().Should().BeEmpty();
    }

    [Fact]
    public async Task RetryAsync_InANewSessionWithoutTheSecrets_SkipsCredentialStepsWithReissueNote()
    {
        var h = Create();
        h.Iam.Configure().CreateLoginProfileAsync(default!, default!, default!).ThrowsAsyncForAnyArgs(new IamException("ServiceFailure", "boom"));
        var failed = await h.Service.StartAsync(Request());
        failed.Value!.Job.FailedStep!.Kind.Should().Be(OnboardingStepKinds.CreateLoginProfile);

        var fresh = new OnboardingService(h.Iam, h.Iam, h.Iam, new FakeOperator(), Audited(h), new FixedGuardrails(), h.Inventory, new FakeAccounts(), new FakeAccounts(),
            h.Jobs, new JobRunner(h.Jobs, new JobProgress(), TimeProvider.System), new JobTargetGuard(h.Jobs),
            new OnboardingStepExecutor(h.Iam, h.Iam, h.Iam, h.Iam, Audited(h)), new OnboardingRollback(h.Iam, h.Iam, h.Iam, h.Iam, Audited(h), new OnboardingStepExecutor(h.Iam, h.Iam, h.Iam, h.Iam, Audited(h))), new JobSecrets(), TimeProvider.System);

        var resumed = await fresh.RetryAsync(failed.Value!.Job.Id);

        resumed.Value!.Job.Status.Should().Be(JobStatus.Succeeded);
        resumed.Value!.Job.Steps.Where(s => s.Kind is OnboardingStepKinds.CreateLoginProfile or OnboardingStepKinds.CreateAccessKey)
            .Should().OnlyContain(s => s.Status == StepStatus.Skipped && s.Error!.Contains("Re-issue it from the user's page"));
        resumed.Value!.Credentials.Should().BeNull();
    }

    [Fact]
    public async Task RetryAsync_CreateUserAnswerLostButUserCarriesTheJobTag_CountsAsDoneAndFinishes()
    {
        var h = Create();
        var created = new System.Collections.Concurrent.ConcurrentDictionary<string, IamUser>(StringComparer.OrdinalIgnoreCase);
        var lost = true;
        h.Iam.Configure().GetUserAsync(default!).ReturnsForAnyArgs(a => created.TryGetValue((string)a[0]!, out var user) ? user : throw new NoSuchEntityException("no such user"));
        h.Iam.Configure().CreateUserAsync(default!).ReturnsForAnyArgs(a =>
            {
                var name = (string)a[0]!;
                if (created.ContainsKey(name)) throw new EntityAlreadyExistsException($"User with name {name} already exists.");
                created[name] = new IamUser(name, "AIDA1", "arn", "/", Sample.Now, Tags: (IReadOnlyList<IamTag>?)a[3]);
                if (lost) { lost = false; throw new IamException("ServiceFailure", "the answer was lost"); }
                return created[name];
            });
        var failed = await h.Service.StartAsync(Request());
        failed.Value!.Job.FailedStep!.Kind.Should().Be(OnboardingStepKinds.CreateUser);

        var retried = await h.Service.RetryAsync(failed.Value!.Job.Id);

        retried.Succeeded.Should().BeTrue(retried.Error);
        retried.Value!.Credentials!.SecretAccessKey.Should().Be(Secret);
    }

    [Fact]
    public async Task RetryAsync_LoginProfileExistsOnTheJobsUser_SetsThePasswordItShows()
    {
        var h = Create();
        h.Iam.Configure().CreateLoginProfileAsync(default!, default!, default!).ThrowsAsyncForAnyArgs(new EntityAlreadyExistsException("Login Profile for user already exists."));
        h.Iam.Configure().UpdateLoginProfileAsync(default!, default!, default!).ReturnsForAnyArgs(Task.CompletedTask);

        var result = await h.Service.StartAsync(Request());

        result.Succeeded.Should().BeTrue(result.Error);
        h.Iam.CallsTo(nameof(IIamClient.UpdateLoginProfileAsync)).Should().Be(1, "the password shown is the one the job set, whoever made the profile");
        h.Audit.Entries.Select(e => e.Record.Action).Should().Contain(AuditActions.ResetConsolePassword);
    }


    private static AuditedOperations Audited(Harness h) => new(new FakeOperator(), h.Audit, new FakeAccounts(), TimeProvider.System);

    [Fact]
    public async Task StartAsync_ValidRequest_NamesTheAccountInTheJobAndItsAuditEntries()
    {
        var h = Create();

        var result = await h.Service.StartAsync(Request());

        result.Value!.Job.AccountId.Should().Be(FakeAccounts.AccountId);
        h.Jobs.History.Should().OnlyContain(j => j.AccountId == FakeAccounts.AccountId);
        h.Audit.Entries.Should().NotBeEmpty().And.OnlyContain(e => e.Record.AccountId == FakeAccounts.AccountId);
    }
}
