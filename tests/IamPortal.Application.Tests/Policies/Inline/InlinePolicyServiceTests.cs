using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Policies;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Inline;
using static IamPortal.Application.Tests.Policies.PoliciesHarness;

namespace IamPortal.Application.Tests.Policies.Inline;

public class InlinePolicyServiceTests
{
    [Fact]
    public async Task PutAsync_EditingOneOfThree_ValidatesAgainstTheOtherTwoSizes()
    {
        var h = new PoliciesHarness();
        h.Iam.ListUserPoliciesAsync(default!).ReturnsForAnyArgs((IReadOnlyList<string>)["a", "b", "edited"]);
        h.Iam.GetUserPolicyAsync(default!, default!).ReturnsForAnyArgs(c => new IamInlinePolicy((string)c[1], new string('x', ((string)c[1]).Length * 100)));

        var result = await h.Inline.PutAsync(new InlinePolicyRequest(PrincipalRef.User("alice"), "edited", Document));

        result.Succeeded.Should().BeTrue();
        h.Validator.Received().Validate(Document, PolicyDocumentKind.UserInline, 200);
        await h.Iam.Received(1).PutUserPolicyAsync("alice", "edited", Document, Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task PutAsync_AggregateTooLarge_InvalidAtDocumentAndNothingPut()
    {
        var h = new PoliciesHarness();
        h.Iam.ListGroupPoliciesAsync(default!).ReturnsForAnyArgs((IReadOnlyList<string>)[]);
        h.Validator.Validate(Document, PolicyDocumentKind.GroupInline, 0)
            .Returns(With(FindingLevel.Error, "The group's inline policies total 5,300 characters; the limit is 5,120."));

        var result = await h.Inline.PutAsync(new InlinePolicyRequest(PrincipalRef.Group("ops"), "big", Document));

        result.Errors[PolicyFields.Document].Should().Contain("5,120");
        await h.Iam.DidNotReceiveWithAnyArgs().PutGroupPolicyAsync(default!, default!, default!);
    }

    [Fact]
    public async Task PutAsync_BadName_InvalidAtName()
    {
        var h = new PoliciesHarness();

        var result = await h.Inline.PutAsync(new InlinePolicyRequest(PrincipalRef.User("alice"), "no spaces", Document));

        result.Errors.Should().ContainKey(PolicyFields.InlineName);
    }

    [Fact]
    public async Task DeleteAsync_PreviewsTheDeletionAndPatchesTheUser()
    {
        var h = new PoliciesHarness();

        var result = await h.Inline.DeleteAsync(PrincipalRef.User("alice"), "old", null);

        result.Status.Should().Be(CommandStatus.Succeeded);
        await h.Preview.Received().PreviewAsync(Arg.Is<IReadOnlyCollection<PermissionChange>>(c =>
            c.Single() == new PermissionChange.PutInlinePolicy(PrincipalRef.User("alice"), "old", null)), Arg.Any<CancellationToken>());
        await h.Iam.Received(1).DeleteUserPolicyAsync("alice", "old", Arg.Any<CancellationToken>());
        await h.Inventory.Received().UserChangedAsync("alice", Arg.Any<CancellationToken>());
    }
}
