using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Reviews;
using IamPortal.Application.Tests.Fakes;
using IamPortal.Infrastructure.Tests.Aws;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Infrastructure.Tests.Reviews;

/// <summary>
/// A campaign's apply job over real HTTP + SigV4 against the Sandbox, while IAM throttles RemoveUserFromGroup past the
/// client's retries: the first run stops at the throttled step, the resume (throttled once more, then let through) finishes, and every revoked member is
/// removed exactly once; a member who already left reads NotApplicable; approved members stay.
/// </summary>
public sealed class ReviewApplyOverHttpTests(IamTargetFixture target) : IClassFixture<IamTargetFixture>
{
    [SkippableFact]
    public async Task RunAsync_ThrottledThenResumed_RemovesEachRevokedMemberOnceAndKeepsTheRest()
    {
        target.RequireSandbox();
        var iam = target.Client();
        var group = TestNames.Unique("reviewed");
        var users = Enumerable.Range(0, 4).Select(i => TestNames.Unique($"member{i}")).ToList();
        try
        {
            await iam.CreateGroupAsync(group);
            foreach (var user in users)
            {
                await iam.CreateUserAsync(user);
                await iam.AddUserToGroupAsync(group, user);
            }
            var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
            var audit = new MemoryAuditLog();
            var jobs = new MemoryJobStore();
            var audited = new AuditedOperations(new FakeOperator(), audit, new FakeAccounts(), time);
            var apply = new ReviewApplyJobs(new JobTargetGuard(jobs), jobs, new JobRunner(jobs, new JobProgress(), time), iam, audited, time);
            var campaign = new ReviewCampaign
            {
                Id = Guid.NewGuid(), AccountId = FakeAccounts.AccountId, Name = "over http", Scope = CampaignScope.All, StartAt = time.GetUtcNow(),
                DueAt = time.GetUtcNow().AddDays(1), State = CampaignState.Ended, CreatedBy = "test", CreatedAt = time.GetUtcNow(),
            };
            // users[0..2] revoked, users[3] approved; users[2] leaves the group before the apply.
            var items = users.Select((u, i) => new ReviewItem
            {
                Id = Guid.NewGuid(), CampaignId = campaign.Id, AccountId = campaign.AccountId, GroupName = group, UserName = u, Facts = new MemberFacts(),
                Recommendation = Recommendation.Revoke, RecommendationReason = "no activity for 124 days",
                FinalVerdict = i < 3 ? ReviewVerdict.Revoke : ReviewVerdict.Approve,
            }).ToList();
            await iam.RemoveUserFromGroupAsync(group, users[2]);
            var job = apply.Create(campaign, items.Where(i => i.FinalVerdict == ReviewVerdict.Revoke), "test");
            target.Control.FailNext("RemoveUserFromGroup", "Throttling", 4 + 1);

            var (first, _) = await apply.RunAsync(job, null, default);
            var (second, conflict) = await apply.RunAsync(first, null, default);

            first.Status.Should().Be(JobStatus.Failed);
            // Throttled on every attempt of the client (1 + 3 retries): the job stops at the first step, nothing removed yet.
            first.Steps[0].ErrorCode.Should().Be(IamErrorCodes.Throttling);
            first.Steps.Skip(1).Should().OnlyContain(s => s.Status == StepStatus.Pending);
            conflict.Should().BeNull();
            second.Status.Should().Be(JobStatus.Succeeded);
            var outcomes = ReviewApplyJobs.Outcomes(second, items, "Test Operator").ToDictionary(i => i.UserName, i => i.ApplyResult);
            outcomes.Should().Equal(new Dictionary<string, ApplyResult>
            {
                [users[0]] = ApplyResult.Removed, [users[1]] = ApplyResult.Removed, [users[2]] = ApplyResult.NotApplicable,
            });
            (await iam.GetGroupAsync(group)).Users.Select(u => u.UserName).Should().Equal(users[3]);
            audit.Entries.Select(e => e.Record).Where(r => r.Action == AuditActions.RemoveFromGroup && r.Outcome == AuditOutcomes.Success)
                .Select(r => r.Target).Should().Equal(users[0], users[1]);
        }
        finally
        {
            foreach (var user in users)
            {
                await IamCleanup.DeleteUserAsync(iam, user);
            }
            await IamCleanup.DeleteGroupAsync(iam, group);
        }
    }
}
