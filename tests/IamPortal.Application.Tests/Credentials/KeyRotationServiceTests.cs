using IamPortal.Application.Audit;
using IamPortal.Application.Credentials;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Credentials;

public class KeyRotationServiceTests
{
    private const string OldKey = "AKIAOLD0000000000001";
    private const string NewKey = "AKIANEW0000000000002";

    private sealed class Keys
    {
        public List<IamAccessKey> Items { get; } = [new("alice", OldKey, IamAccessKeyStatus.Active, Sample.Now.AddDays(-100))];
        public DateTimeOffset? NewKeyUsed { get; set; }
    }

    private static (CredentialsHarness H, Keys Keys) Create(PortalRole role = PortalRole.SecurityAdmin)
    {
        var h = new CredentialsHarness(role);
        var keys = new Keys();
        h.Iam.Configure().ListAccessKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAccessKey>)keys.Items.ToList());
        h.Iam.Configure().CreateAccessKeyAsync(default!).ReturnsForAnyArgs(_ =>
            {
                keys.Items.Add(new IamAccessKey("alice", NewKey, IamAccessKeyStatus.Active, Sample.Now));
                return new IamNewAccessKey("alice", NewKey, IamAccessKeyStatus.Active, Sample.Now, "NEWSECRET");
            });
        h.Iam.Configure().GetAccessKeyLastUsedAsync(default!).ReturnsForAnyArgs(a => new IamAccessKeyLastUsed("alice", (string)a[0]!, keys.NewKeyUsed, keys.NewKeyUsed is null ? null : "iam", "us-east-1"));
        h.Iam.Configure().UpdateAccessKeyAsync(default!, default!, default!).ReturnsForAnyArgs(a => {
                var i = keys.Items.FindIndex(k => k.AccessKeyId == (string)a[1]!);
                keys.Items[i] = keys.Items[i] with { Status = (IamAccessKeyStatus)a[2]! };
                return Task.CompletedTask;
            });
        h.Iam.Configure().DeleteAccessKeyAsync(default!, default!).ReturnsForAnyArgs(a => { _ = keys.Items.RemoveAll(k => k.AccessKeyId == (string)a[1]!); return Task.CompletedTask; });
        return (h, keys);
    }

    [Fact]
    public async Task StartAsync_OneKey_CreatesNewKeyAndPausesUntilFirstUse()
    {
        var (h, keys) = Create();

        var result = await h.Rotation.StartAsync("alice");

        result.Value!.NewKey!.SecretAccessKey.Should().Be("NEWSECRET");
        var job = result.Value.Job;
        job.Status.Should().Be(JobStatus.Waiting, "paused for the new key's first use, not failed");
        KeyRotationSteps.NewKeyId(job).Should().Be(NewKey);
        job.Steps[0].Status.Should().Be(StepStatus.Succeeded);
        KeyRotationSteps.IsWaiting(job.Steps[1]).Should().BeTrue();
        job.Steps[1].WaitingFor.Should().Contain("has not been used yet");
        job.Steps[1].CheckAgainAt.Should().Be(Sample.Now.AddMinutes(15), "the step says when to look again");
        job.Steps[1].Error.Should().BeNull("waiting is not an error");
        keys.Items.Should().HaveCount(2);
        h.Jobs.History.Should().NotContain(j => System.Text.Json.JsonSerializer.Serialize(j, (System.Text.Json.JsonSerializerOptions?)null).Contains("NEWSECRET"));
    }

    [Fact]
    public async Task FullRotation_NewKeyUsed_DeactivatesThenDeletesOldKeyWithEachStepAudited()
    {
        var (h, keys) = Create();
        var started = await h.Rotation.StartAsync("alice");
        var id = started.Value!.Job.Id;

        var stillWaiting = await h.Rotation.CheckAsync(id);
        KeyRotationSteps.Current(stillWaiting.Value!.Job)!.Kind.Should().Be(KeyRotationSteps.WaitForFirstUse);

        keys.NewKeyUsed = Sample.Now.AddMinutes(5);
        var used = await h.Rotation.CheckAsync(id);
        var atDeactivate = KeyRotationSteps.Current(used.Value!.Job)!;
        atDeactivate.Kind.Should().Be(KeyRotationSteps.DeactivateOldKey);
        KeyRotationSteps.IsWaiting(atDeactivate).Should().BeTrue("deactivation waits for the operator");
        keys.Items.Should().OnlyContain(k => k.Status == IamAccessKeyStatus.Active);

        var deactivated = await h.Rotation.ContinueAsync(id);
        KeyRotationSteps.Current(deactivated.Value!.Job)!.Kind.Should().Be(KeyRotationSteps.DeleteOldKey);
        keys.Items.Single(k => k.AccessKeyId == OldKey).Status.Should().Be(IamAccessKeyStatus.Inactive);

        var done = await h.Rotation.ContinueAsync(id);
        done.Value!.Job.Status.Should().Be(JobStatus.Succeeded);
        keys.Items.Select(k => k.AccessKeyId).Should().Equal(NewKey);
        h.Audit.Entries.Select(e => e.Record.Action).Should().ContainInOrder(
            "AccessKeys.Create", "KeyRotation.FirstUseSeen", "AccessKeys.Deactivate", "AccessKeys.Delete");
        (await h.Rotation.GetCurrentAsync("alice"))!.Status.Should().Be(JobStatus.Succeeded);
    }

    [Fact]
    public async Task StartAsync_TwoKeys_Refused()
    {
        var (h, keys) = Create();
        keys.Items.Add(new IamAccessKey("alice", "AKIAOTHER00000000003", IamAccessKeyStatus.Active, Sample.Now));

        var result = await h.Rotation.StartAsync("alice");

        result.Errors[CredentialFields.Rotation].Should().Contain("already has two access keys");
        h.Jobs.Jobs.Should().BeEmpty();
        h.Outcomes("KeyRotation.Start").Should().Equal(AuditOutcomes.Invalid);
    }

    [Fact]
    public async Task StartAsync_RotationAlreadyOpen_Refused()
    {
        var (h, _) = Create();
        await h.Rotation.StartAsync("alice");

        var second = await h.Rotation.StartAsync("alice");

        second.Errors[CredentialFields.Rotation].Should().Contain("already under way");
    }

    [Fact]
    public async Task ResumeAfterRestart_NewSessionWithoutSecret_ContinuesFromJournal()
    {
        var (h, keys) = Create();
        var id = (await h.Rotation.StartAsync("alice")).Value!.Job.Id;
        keys.NewKeyUsed = Sample.Now.AddDays(2);

        var fresh = new KeyRotationService(h.Iam, new FakeOperator(), new AuditedOperations(new FakeOperator(), h.Audit, new FakeAccounts(), h.Time),
            h.Inventory, h.Jobs, new JobRunner(h.Jobs, new JobProgress(), h.Time), new JobTargetGuard(h.Jobs), new FakeAccounts(), new JobSecrets(), h.Time);
        var resumed = await fresh.CheckAsync(id);

        resumed.Value!.NewKey.Should().BeNull();
        KeyRotationSteps.Current(resumed.Value.Job)!.Kind.Should().Be(KeyRotationSteps.DeactivateOldKey);
    }

    [Fact]
    public async Task StartAsync_Auditor_RefusedAndAudited()
    {
        var (h, keys) = Create(PortalRole.Auditor);

        var result = await h.Rotation.StartAsync("alice");

        result.Error.Should().Contain("does not allow");
        keys.Items.Should().ContainSingle();
        h.Outcomes("KeyRotation.Start").Should().Equal(AuditOutcomes.Denied);
    }


    [Fact]
    public async Task StartAsync_OneKey_NamesTheAccountInTheJob()
    {
        var (h, _) = Create();

        var result = await h.Rotation.StartAsync("alice");

        result.Value!.Job.AccountId.Should().Be(FakeAccounts.AccountId);
        h.Jobs.History.Should().OnlyContain(j => j.AccountId == FakeAccounts.AccountId);
    }
}
