using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Policies;
using IamPortal.Application.Policies.Analysis;
using static IamPortal.Application.Tests.Policies.PoliciesHarness;

namespace IamPortal.Application.Tests.Policies.Attachments;

public class PolicyAttachmentServiceTests
{
    private static IReadOnlyList<IamAttachedPolicy> Attached(int count) =>
        Enumerable.Range(1, count).Select(i => new IamAttachedPolicy("p" + i, "arn:aws:iam::123456789012:policy/p" + i)).ToList();

    private static PoliciesHarness WithQuota(string key, long quota, int attached)
    {
        var h = new PoliciesHarness();
        h.Iam.GetAccountSummaryAsync().ReturnsForAnyArgs(new Dictionary<string, long> { [key] = quota });
        h.Iam.ListAttachedUserPoliciesAsync(default!).ReturnsForAnyArgs(Attached(attached));
        h.Iam.ListAttachedGroupPoliciesAsync(default!).ReturnsForAnyArgs(Attached(attached));
        return h;
    }

    [Fact]
    public async Task QuotaAsync_Group_UsesTheLiveGroupQuota()
    {
        var h = WithQuota(PrincipalPolicies.GroupQuotaKey, 20, 7);

        var quota = await h.Attachments.QuotaAsync(PrincipalRef.Group("ops"));

        quota.Value!.ToString().Should().Be("7 of 20");
    }

    [Fact]
    public async Task AttachAsync_UserAtQuota_InvalidAtQuotaAndNoCall()
    {
        var h = WithQuota(PrincipalPolicies.UserQuotaKey, 10, 10);

        var result = await h.Attachments.AttachAsync(PrincipalRef.User("alice"), Arn, null);

        result.Errors[PolicyFields.Quota].Should().Contain("10 of 10");
        await h.Iam.DidNotReceiveWithAnyArgs().AttachUserPolicyAsync(default!, default!);
    }

    [Fact]
    public async Task AttachAsync_AlreadyAttached_InvalidAtPolicy()
    {
        var h = WithQuota(PrincipalPolicies.UserQuotaKey, 10, 1);

        var result = await h.Attachments.AttachAsync(PrincipalRef.User("alice"), "arn:aws:iam::123456789012:policy/p1", null);

        result.Errors.Should().ContainKey(PolicyFields.PolicyArn);
    }

    [Fact]
    public async Task AttachAsync_AddsRisk_NeedsAcknowledgementThenAttachesAndPatchesTheUser()
    {
        var h = WithQuota(PrincipalPolicies.UserQuotaKey, 10, 3);
        h.Preview.PreviewAsync(default!).ReturnsForAnyArgs(Risky());

        var refused = await h.Attachments.AttachAsync(PrincipalRef.User("alice"), Arn, null);
        var done = await h.Attachments.AttachAsync(PrincipalRef.User("alice"), Arn, RiskySummary);

        refused.Errors.Should().ContainKey(PolicyFields.Impact);
        done.Succeeded.Should().BeTrue();
        await h.Iam.Received(1).AttachUserPolicyAsync("alice", Arn, Arg.Any<CancellationToken>());
        await h.Inventory.Received().UserChangedAsync("alice", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task DetachAsync_Group_DetachesAndInvalidatesTheInventory()
    {
        var h = WithQuota(PrincipalPolicies.GroupQuotaKey, 10, 3);

        var result = await h.Attachments.DetachAsync(PrincipalRef.Group("ops"), Arn, null);

        result.Status.Should().Be(CommandStatus.Succeeded);
        await h.Iam.Received(1).DetachGroupPolicyAsync("ops", Arn, Arg.Any<CancellationToken>());
        await h.Inventory.Received().InvalidateAsync(Arg.Any<CancellationToken>());
    }
}
