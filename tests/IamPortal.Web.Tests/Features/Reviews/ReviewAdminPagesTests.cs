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

/// <summary>The admins' side: the campaign form's field errors and warning, the owners card, the navigation badge.</summary>
public sealed class ReviewAdminPagesTests : IAsyncLifetime
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);
    private BunitContext? _ctx;
    private ReviewFakes _fakes = null!;

    public Task InitializeAsync() => Task.CompletedTask;

    private BunitContext Use(PortalRole role = PortalRole.SecurityAdmin)
    {
        _ctx = PortalTestContext.Create(configure: services =>
            services.AddSingleton<IOperatorContext>(new FakeOperatorContext { Current = new("admin-sub", "Alice Admin", "alice@example.com", "Test", role) }));
        _fakes = _ctx.Services.GetRequiredService<ReviewFakes>();
        _ctx.Render<MudDialogProvider>();
        return _ctx;
    }

    [Fact]
    public void CampaignForm_ServiceFindsErrors_EachShowsAtItsFieldAndNothingIsCreated()
    {
        Use();
        _fakes.Campaigns.Validate(Arg.Any<CampaignRequest>()).Returns(CommandResult.Invalid<bool>(new Dictionary<string, string>
        {
            [CampaignFields.Name] = "Name the campaign.",
            [CampaignFields.Recurrence] = "Not a cron expression: five fields.",
        }));
        var form = _ctx!.Render<CampaignForm>();

        form.Find("#campaign-recurrence").Change("every quarter");
        form.Find("#campaign-create").Click();

        form.WaitForAssertion(() => form.Find("[data-testid='campaign-form-invalid']").TextContent.Should().Contain("2 fields need attention"), Wait);
        FieldOf(form, "#campaign-name").TextContent.Should().Contain("Name the campaign.");
        FieldOf(form, "#campaign-recurrence").TextContent.Should().Contain("Not a cron expression");
        _fakes.Campaigns.DidNotReceiveWithAnyArgs().CreateAsync(default!, default);
        _fakes.Campaigns.Received().Validate(Arg.Is<CampaignRequest>(r => r.Recurrence == "every quarter"));
    }

    [Fact]
    public void CampaignForm_RevokeWithAutoApply_WarnsAndCreatesWithThoseSettings()
    {
        Use();
        var created = new CampaignCreated(ReviewFakes.Campaign(), true);
        _fakes.Campaigns.CreateAsync(Arg.Any<CampaignRequest>(), Arg.Any<CancellationToken>()).Returns(CommandResult.Ok(created));
        var form = _ctx!.Render<CampaignForm>();
        form.FindAll("[data-testid='campaign-revoke-auto-warning']").Should().BeEmpty();

        form.Find("#campaign-name").Change("Quarterly");
        form.FindComponents<MudSelect<DefaultDecision>>().Single().InvokeAsync(() =>
            form.FindComponents<MudSelect<DefaultDecision>>().Single().Instance.ValueChanged.InvokeAsync(DefaultDecision.Revoke));
        form.Find("#campaign-auto-apply").Change(true);

        form.WaitForAssertion(() => form.Find("[data-testid='campaign-revoke-auto-warning']").TextContent.Should().Contain("without an admin looking first"), Wait);
        form.Find("#campaign-create").Click();
        form.WaitForAssertion(() => _fakes.Campaigns.Received(1).CreateAsync(Arg.Is<CampaignRequest>(r =>
            r.Name == "Quarterly" && r.DefaultDecision == DefaultDecision.Revoke && r.AutoApply && r.Duration == TimeSpan.FromDays(14) && r.StartAt == null),
            Arg.Any<CancellationToken>()), Wait);
    }

    [Fact]
    public void GroupOwnersCard_AdminAddsByEmailAndRemoves_ThroughTheOwnershipService()
    {
        Use();
        var ann = ReviewerIdentity.ByEmail("ann@example.com");
        _fakes.Ownership.AddOwnerAsync("developers", Arg.Any<ReviewerIdentity>(), Arg.Any<CancellationToken>())
            .Returns(CommandResult.Ok<IReadOnlyList<ReviewerIdentity>>([ann]));
        _fakes.Ownership.RemoveOwnerAsync("developers", ann.Subject, Arg.Any<CancellationToken>())
            .Returns(CommandResult.Ok<IReadOnlyList<ReviewerIdentity>>([]));
        var card = _ctx!.Render<GroupOwnersCard>(p => p.Add(x => x.GroupName, "developers").Add(x => x.CanManage, true));

        card.WaitForElement("[data-testid='group-orphaned']", Wait);
        card.Find("#group-owner-email").Input("ann@example.com");
        card.Find("#group-owner-add").Click();

        card.WaitForAssertion(() => card.Find("[data-testid='group-owner']").GetAttribute("data-email").Should().Be("ann@example.com"), Wait);
        _fakes.Ownership.Received(1).AddOwnerAsync("developers", Arg.Is<ReviewerIdentity>(o => o.Email == "ann@example.com" && o.Subject == "email:ann@example.com"), Arg.Any<CancellationToken>());
        card.Find("[data-testid='group-owner-remove']").Click();
        card.WaitForElement("[data-testid='group-orphaned']", Wait);
    }

    [Fact]
    public void GroupOwnersCard_InvalidEmail_MessageAtTheField()
    {
        Use();
        _fakes.Ownership.AddOwnerAsync(default!, default!, default).ReturnsForAnyArgs(
            CommandResult.Invalid<IReadOnlyList<ReviewerIdentity>>(CampaignFields.Email, "not-an-email is not an email address."));
        var card = _ctx!.Render<GroupOwnersCard>(p => p.Add(x => x.GroupName, "developers").Add(x => x.CanManage, true));

        card.WaitForElement("#group-owner-email", Wait).Input("not-an-email");
        card.Find("#group-owner-add").Click();

        card.WaitForAssertion(() => FieldOf(card, "#group-owner-email").TextContent.Should().Contain("is not an email address"), Wait);
    }

    [Fact]
    public void GroupOwnersCard_Auditor_SeesOwnersWithoutControls()
    {
        Use(PortalRole.Auditor);
        _fakes.Ownership.GetOwnersAsync("developers", Arg.Any<CancellationToken>()).Returns([new ReviewerIdentity("s", "lee@example.com", "Lee Lead")]);
        var card = _ctx!.Render<GroupOwnersCard>(p => p.Add(x => x.GroupName, "developers").Add(x => x.CanManage, false));

        card.WaitForAssertion(() => card.Find("[data-testid='group-owner']").TextContent.Should().Contain("Lee Lead"), Wait);
        card.FindAll("#group-owner-add, [data-testid='group-owner-remove']").Should().BeEmpty();
    }

    [Theory]
    [InlineData(PortalRole.TeamLead, 3, true, false)]
    [InlineData(PortalRole.SecurityAdmin, 0, true, true)]
    [InlineData(PortalRole.Auditor, 0, false, true)]
    public void ReviewsNavLinks_ByRole_BadgeAndLinks(PortalRole role, int pending, bool reviews, bool campaigns)
    {
        Use(role);
        _fakes.Decisions.PendingItemsForCurrentOperatorAsync(Arg.Any<CancellationToken>()).Returns(pending);
        var nav = _ctx!.Render<MudNavMenu>(p => p.AddChildContent<ReviewsNavLinks>());

        nav.WaitForAssertion(() => nav.FindAll("a[href='reviews']").Should().HaveCount(reviews ? 1 : 0), Wait);
        nav.FindAll("a[href='reviews/campaigns']").Should().HaveCount(campaigns ? 1 : 0);
        if (pending > 0) nav.WaitForAssertion(() => nav.Find("[data-testid='nav-reviews-pending']").TextContent.Should().Contain("3 pending"), Wait);
        else nav.FindAll("[data-testid='nav-reviews-pending']").Should().BeEmpty();
    }

    [Fact]
    public void PendingReviewsCard_Pending_LinksToTheReviews()
    {
        Use(PortalRole.TeamLead);
        _fakes.Decisions.PendingItemsForCurrentOperatorAsync(Arg.Any<CancellationToken>()).Returns(1);
        var card = _ctx!.Render<PendingReviewsCard>();

        card.WaitForAssertion(() => card.Find("[data-testid='pending-reviews-count']").TextContent.Should().Contain("1 access review item waits"), Wait);
        card.Find("#pending-reviews-open").GetAttribute("href").Should().Be("reviews");
    }

    /// <summary>The MudBlazor field around an input (its error text renders beside the input, not in it).</summary>
    private static AngleSharp.Dom.IElement FieldOf<T>(IRenderedComponent<T> cut, string inputSelector) where T : Microsoft.AspNetCore.Components.IComponent =>
        cut.Find(inputSelector).Closest(".mud-input-control")!;

    public async Task DisposeAsync()
    {
        if (_ctx is not null) await _ctx.DisposeAsync();
    }
}
