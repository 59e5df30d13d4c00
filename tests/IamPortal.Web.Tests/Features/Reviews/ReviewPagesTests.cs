using Bunit;
using IamPortal.Application.Commands;
using IamPortal.Application.Operators;
using IamPortal.Application.Reviews;
using IamPortal.Web.Features.Reviews;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using NSubstitute;

namespace IamPortal.Web.Tests.Features.Reviews;

/// <summary>The reviewer's pages over fakes of the review services: deciding, bulk, accepting recommendations, team leads' view.</summary>
public sealed class ReviewPagesTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private BunitContext? _ctx;
    private IRenderedComponent<MudDialogProvider> _dialogs = null!;
    private ReviewFakes _fakes = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    private BunitContext Use(PortalRole role = PortalRole.TeamLead)
    {
        _ctx = PortalTestContext.Create(configure: services =>
            services.AddSingleton<IOperatorContext>(new FakeOperatorContext { Current = new("lead-sub", "Lee Lead", "lead@example.com", "Test", role) }));
        _fakes = _ctx.Services.GetRequiredService<ReviewFakes>();
        _dialogs = _ctx.Render<MudDialogProvider>();
        return _ctx;
    }

    [Fact]
    public void ReviewCampaignPage_RevokeWithoutJustification_ErrorAtTheFieldThenDecides()
    {
        Use();
        var item = ReviewFakes.Item("old.timer", "developers", Recommendation.Revoke);
        _fakes.Serve(ReviewFakes.Campaign(), item);
        _fakes.Decisions.DecideAsync(default, default!).ReturnsForAnyArgs(CommandResult.Ok<IReadOnlyList<ReviewItem>>([item]));
        var page = _ctx!.Render<ReviewCampaignPage>(p => p.Add(x => x.CampaignId, ReviewFakes.CampaignId));

        page.WaitForAssertion(() => page.FindAll("[data-testid='item-member']").Should().ContainSingle(), Wait);
        page.Find("[data-testid='item-recommendation']").TextContent.Should().Contain("no activity for 124 days");
        page.Find("[data-testid='review-instructions']").TextContent.Should().Contain("Revoke anyone who left the team.");
        page.Find("[data-testid='decide-revoke']").Click();
        _dialogs.WaitForElement("#decision-submit", Wait).Click();
        _dialogs.WaitForAssertion(() => _dialogs.Markup.Should().Contain("A justification is required to revoke."), Wait);
        _fakes.Decisions.ReceivedCalls().Should().NotContain(c => c.GetMethodInfo().Name == nameof(IReviewDecisionService.DecideAsync));

        _dialogs.Find("#decision-justification").Change("Left the team in August");
        _dialogs.Find("#decision-submit").Click();

        page.WaitForAssertion(() => _fakes.Decisions.Received(1).DecideAsync(ReviewFakes.CampaignId,
            Arg.Is<IReadOnlyList<DecisionRequest>>(d => d.Count == 1 && d[0].ItemId == item.Id && d[0].Verdict == ReviewVerdict.Revoke
                                                        && d[0].Justification == "Left the team in August"), Arg.Any<CancellationToken>()), Wait);
        page.WaitForAssertion(() => page.Find("[data-testid='review-message']").TextContent.Should().Contain("Revoke: old.timer in developers"), Wait);
    }

    [Fact]
    public void ReviewCampaignPage_ServiceRefusesJustification_MessageShowsAtTheField()
    {
        Use();
        var item = ReviewFakes.Item("a.user", "developers");
        _fakes.Serve(ReviewFakes.Campaign(justification: JustificationRequirement.None), item);
        _fakes.Decisions.DecideAsync(default, default!).ReturnsForAnyArgs(
            CommandResult.Invalid<IReadOnlyList<ReviewItem>>(CampaignFields.Justification, "A justification is required to approve."));
        var page = _ctx!.Render<ReviewCampaignPage>(p => p.Add(x => x.CampaignId, ReviewFakes.CampaignId));

        page.WaitForElement("[data-testid='decide-approve']", Wait).Click();
        _dialogs.WaitForElement("#decision-submit", Wait).Click();

        _dialogs.WaitForAssertion(() => _dialogs.Markup.Should().Contain("A justification is required to approve."), Wait);
    }

    [Fact]
    public void ReviewCampaignPage_SelectTwoAndApprove_DecidesBothAtOnce()
    {
        Use();
        var first = ReviewFakes.Item("ann", "developers");
        var second = ReviewFakes.Item("bob", "developers");
        _fakes.Serve(ReviewFakes.Campaign(justification: JustificationRequirement.None), first, second, ReviewFakes.Item("cid", "ops"));
        _fakes.Decisions.DecideAsync(default, default!).ReturnsForAnyArgs(CommandResult.Ok<IReadOnlyList<ReviewItem>>([first, second]));
        var page = _ctx!.Render<ReviewCampaignPage>(p => p.Add(x => x.CampaignId, ReviewFakes.CampaignId));

        page.WaitForAssertion(() => page.FindAll("[data-testid='item-member']").Should().HaveCount(3), Wait);
        page.Find("#review-bulk-approve").HasAttribute("disabled").Should().BeTrue("nothing is selected yet");
        SelectRow(page, "ann in developers");
        SelectRow(page, "bob in developers");
        page.WaitForAssertion(() => page.Find("[data-testid='review-selected']").TextContent.Should().Be("2 selected"), Wait);
        page.Find("#review-bulk-approve").Click();
        _dialogs.WaitForAssertion(() => _dialogs.Find("[data-testid='decision-items']").TextContent.Should().Contain("ann in developers").And.Contain("bob in developers"), Wait);
        _dialogs.Find("#decision-submit").Click();

        page.WaitForAssertion(() => _fakes.Decisions.Received(1).DecideAsync(ReviewFakes.CampaignId,
            Arg.Is<IReadOnlyList<DecisionRequest>>(d => d.Count == 2 && d.All(r => r.Verdict == ReviewVerdict.Approve)
                                                        && d.Select(r => r.ItemId).ToHashSet().SetEquals(new[] { first.Id, second.Id })), Arg.Any<CancellationToken>()), Wait);
    }

    [Fact]
    public void ReviewCampaignPage_AcceptRecommendationsConfirmed_CallsTheServiceAndSaysHowMany()
    {
        Use();
        _fakes.Serve(ReviewFakes.Campaign(), ReviewFakes.Item("ann", "developers", Recommendation.Revoke), ReviewFakes.Item("bob", "developers"),
            ReviewFakes.Item("cid", "developers", decided: ReviewVerdict.Approve));
        _fakes.Decisions.AcceptRecommendationsAsync(ReviewFakes.CampaignId, null, Arg.Any<CancellationToken>()).Returns(CommandResult.Ok(2));
        var page = _ctx!.Render<ReviewCampaignPage>(p => p.Add(x => x.CampaignId, ReviewFakes.CampaignId));

        page.WaitForElement("#review-accept-recommendations", Wait).TextContent.Should().Contain("(2)");
        page.Find("[data-testid='review-progress']").TextContent.Should().Contain("1 of 3 decided");
        page.Find("#review-accept-recommendations").Click();
        _dialogs.WaitForAssertion(() => _dialogs.Markup.Should().Contain("1 approve, 1 revoke"), Wait);
        _dialogs.FindAll("button").First(b => b.TextContent.Trim() == "Accept recommendations").Click();

        page.WaitForAssertion(() => page.Find("[data-testid='review-message']").TextContent.Should().Contain("Accepted the recommendation for 2 items"), Wait);
        _fakes.Decisions.Received(1).AcceptRecommendationsAsync(ReviewFakes.CampaignId, null, Arg.Any<CancellationToken>());
    }

    [Fact]
    public void ReviewCampaignPage_EndedCampaign_ShowsDecisionsWithoutAnswers()
    {
        Use();
        _fakes.Serve(ReviewFakes.Campaign(CampaignState.Ended), ReviewFakes.Item("ann", "developers", decided: ReviewVerdict.Revoke));
        var page = _ctx!.Render<ReviewCampaignPage>(p => p.Add(x => x.CampaignId, ReviewFakes.CampaignId));

        page.WaitForElement("[data-testid='review-closed']", Wait);
        page.Find("[data-testid='item-decision']").GetAttribute("data-verdict").Should().Be("Revoke");
        page.FindAll("[data-testid='decide-revoke']").Should().BeEmpty();
        page.FindAll("#review-accept-recommendations").Should().BeEmpty();
    }

    [Fact]
    public void Pages_TeamLead_SeeOnlyTheirOwnItemsAndGroupsAndNoCampaignAdministration()
    {
        Use(PortalRole.TeamLead);
        // The service returns a team lead's own items only; the page shows exactly those and never asks for every item.
        _fakes.Serve(ReviewFakes.Campaign(), ReviewFakes.Item("mine", "my-team"));
        _fakes.Decisions.MyCampaignsAsync(Arg.Any<CancellationToken>()).Returns([new MyCampaign(ReviewFakes.Campaign(), 1, 0)]);
        _fakes.Ownership.MyGroupsAsync(Arg.Any<CancellationToken>()).Returns([new OwnedGroup("my-team", "/", null,
            [new OwnedGroupMember("mine", new MemberFacts(), [])], [new ReviewerIdentity("lead-sub", "lead@example.com", "Lee Lead")])]);

        var start = _ctx!.Render<MyReviewsPage>();
        start.WaitForAssertion(() => start.Find("[data-testid='my-campaign-progress']").TextContent.Should().Contain("0 of 1 decided"), Wait);
        start.FindAll("#reviews-campaigns").Should().BeEmpty();

        var review = _ctx.Render<ReviewCampaignPage>(p => p.Add(x => x.CampaignId, ReviewFakes.CampaignId));
        review.WaitForAssertion(() => review.FindAll("[data-testid='item-member']").Select(e => e.TextContent).Should().Equal("mine"), Wait);

        var groups = _ctx.Render<MyGroupsPage>();
        groups.WaitForAssertion(() => groups.FindAll("[data-testid='owned-group']").Select(e => e.GetAttribute("data-group")).Should().Equal("my-team"), Wait);

        var summary = _ctx.Render<CampaignSummaryPage>(p => p.Add(x => x.CampaignId, ReviewFakes.CampaignId));
        summary.WaitForElement("[data-testid='campaign-timeline']", Wait);
        summary.FindAll("#campaign-end, #campaign-apply, #evidence-download, [data-testid='campaign-items']").Should().BeEmpty();
        _fakes.Campaigns.DidNotReceiveWithAnyArgs().GetItemsAsync(default, default);
    }

    [Fact]
    public void MyReviewsPage_NoCampaigns_EmptyState()
    {
        Use();
        var page = _ctx!.Render<MyReviewsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='reviews-empty']").TextContent.Should().Contain("Nothing to review"), Wait);
    }

    /// <summary>Ticks a row's selection checkbox, found by its accessible name (an aria-labelledby text).</summary>
    private static void SelectRow(IRenderedComponent<ReviewCampaignPage> page, string what)
    {
        var label = page.FindAll("span.mud-sr-only").First(s => s.TextContent == $"Select {what}");
        page.Find($"input[aria-labelledby='{label.Id}']").Change(true);
    }

    public async Task DisposeAsync()
    {
        if (_ctx is not null) await _ctx.DisposeAsync();
    }
}
