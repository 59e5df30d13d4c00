using System.Text.RegularExpressions;
using IamPortal.E2E.Auth;
using IamPortal.E2E.Infrastructure;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Playwright;

namespace IamPortal.E2E.Reviews;

/// <summary>
/// An access review end to end through the OpenID Connect test provider: the admin makes the team lead owner of a
/// seeded group and starts a campaign over it; the team lead revokes one member with a justification; the admin ends
/// the campaign and applies it; the AWS CLI shows the member out of the group and the others still in; the evidence CSV
/// has a row for every membership of the snapshot. Axe on each page.
/// </summary>
public sealed partial class AccessReviewTests(OidcPortalFixture fixture) : IClassFixture<OidcPortalFixture>
{
    [GeneratedRegex("/reviews/campaigns/([0-9a-f-]{36})$")]
    private static partial Regex SummaryUrl();

    [SkippableFact]
    public async Task AccessReview_OwnerRevokesAdminApplies_MemberLeavesTheGroupAndEvidenceHasEveryRow()
    {
        Skip.IfNot(OnboardingCli.Available, "The AWS CLI is not installed.");
        var cli = new OnboardingCli(fixture.Portal.SandboxUrl);
        var (group, members) = await GroupWithMembersAsync(cli);
        var (admin, _) = await fixture.NewPageAsync();
        var (lead, _) = await fixture.NewPageAsync();
        string? revoked = null;
        await FailureArtifacts.CaptureAsync(admin, fixture.Portal, "reviews-admin", async () =>
        {
            await fixture.SignInAsync(admin, $"/groups/{group}", "admin");
            await admin.Locator("[data-interactive=true]").WaitForAsync();
            await admin.Locator("#group-owner-email").FillAsync("lead@iam-portal.test");
            await admin.Locator("#group-owner-add").ClickAsync();
            await Assertions.Expect(admin.Locator("[data-testid=group-owner][data-email='lead@iam-portal.test']")).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(admin);
            await Screenshots.SaveAsync(admin, "reviews-owner-assigned");

            await admin.GotoAsync("/reviews/campaigns/new");
            await admin.Locator("[data-interactive=true]").WaitForAsync();
            await admin.Locator("#campaign-name").FillAsync("E2E review");
            await admin.GetByText("Chosen groups", new() { Exact = true }).ClickAsync();
            await admin.Locator("#campaign-groups").ClickAsync();
            await admin.GetByRole(AriaRole.Option, new() { NameRegex = new Regex($"^{Regex.Escape(group)} ") }).ClickAsync();
            await admin.Keyboard.PressAsync("Escape");
            await Assertions.Expect(admin.GetByTestId("campaign-reviewers-info")).ToContainTextAsync("each group's owners");
            await Accessibility.AssertNoSeriousViolationsAsync(admin);
            await Screenshots.SaveAsync(admin, "reviews-campaign-form");
            await admin.Locator("#campaign-create").ClickAsync();
            await admin.WaitForURLAsync(SummaryUrl());
            await Assertions.Expect(admin.GetByTestId("campaign-state")).ToHaveAttributeAsync("data-state", "Active");
        });
        var campaignId = SummaryUrl().Match(admin.Url).Groups[1].Value;

        await FailureArtifacts.CaptureAsync(lead, fixture.Portal, "reviews-lead", async () =>
        {
            await fixture.SignInAsync(lead, "/users", "lead");
            await Assertions.Expect(lead.GetByTestId("pending-reviews-count")).ToContainTextAsync($"{members.Count}");
            await lead.GotoAsync($"/reviews/{campaignId}");
            await lead.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(lead.GetByTestId("item-member")).ToHaveCountAsync(members.Count);
            await Accessibility.AssertNoSeriousViolationsAsync(lead);
            await Screenshots.SaveAsync(lead, "reviews-lead-items");
            revoked = (await lead.GetByTestId("item-member").First.TextContentAsync())!.Trim();
            await lead.GetByTestId("decide-revoke").First.ClickAsync();
            await lead.Locator("#decision-justification").FillAsync("Left the team");
            await Accessibility.AssertNoSeriousViolationsAsync(lead);
            await lead.Locator("#decision-submit").ClickAsync();
            await Assertions.Expect(lead.GetByTestId("review-message")).ToContainTextAsync($"Revoke: {revoked}");
            await Assertions.Expect(lead.GetByTestId("item-decision").First).ToHaveAttributeAsync("data-verdict", "Revoke");
            await Screenshots.SaveAsync(lead, "reviews-lead-revoked");
        });

        await FailureArtifacts.CaptureAsync(admin, fixture.Portal, "reviews-apply", async () =>
        {
            await admin.ReloadAsync();
            await admin.Locator("[data-interactive=true]").WaitForAsync();
            await admin.Locator("#campaign-end").ClickAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "End now" }).ClickAsync();
            await Assertions.Expect(admin.GetByTestId("campaign-state")).ToHaveAttributeAsync("data-state", "Ended");
            await admin.Locator("#campaign-apply").ClickAsync();
            await admin.GetByRole(AriaRole.Button, new() { Name = "Apply", Exact = true }).ClickAsync();
            await Assertions.Expect(admin.GetByTestId("campaign-state")).ToHaveAttributeAsync("data-state", "Applied", new() { Timeout = 60_000 });
            await Assertions.Expect(admin.GetByTestId("campaign-apply-counts")).ToContainTextAsync("Removed: 1");
            await Accessibility.AssertNoSeriousViolationsAsync(admin);
            await Screenshots.SaveAsync(admin, "reviews-applied");

            var download = await admin.RunAndWaitForDownloadAsync(() => admin.Locator("#evidence-download").ClickAsync());
            var path = await download.PathAsync();
            var lines = (await File.ReadAllLinesAsync(path!)).Where(l => l.Length > 0).ToList();
            lines.Should().HaveCount(members.Count + 1, "a header and one row per membership of the snapshot");
            lines.Should().ContainSingle(l => l.Contains(revoked!) && l.Contains("Revoke") && l.Contains("Removed") && l.Contains("Left the team"));
            await Assertions.Expect(admin.GetByTestId("evidence-sha256")).ToHaveTextAsync(new Regex("^[0-9a-f]{64}$"));
            await Screenshots.SaveAsync(admin, "reviews-evidence");
        });

        var after = await MembersAsync(cli, group);
        after.Should().NotContain(revoked!);
        after.Should().BeEquivalentTo(members.Where(m => m != revoked));
    }

    private static async Task<(string Group, List<string> Members)> GroupWithMembersAsync(OnboardingCli cli)
    {
        var groups = (await cli.RunAsync("iam", "list-groups")).Json.GetProperty("Groups").EnumerateArray().Select(g => g.GetProperty("GroupName").GetString()!).ToList();
        foreach (var group in groups)
        {
            var members = await MembersAsync(cli, group);
            if (members.Count is >= 2 and <= 10) return (group, members);
        }
        throw new InvalidOperationException("The seed has no group with 2 to 10 members.");
    }

    private static async Task<List<string>> MembersAsync(OnboardingCli cli, string group) =>
        (await cli.RunAsync("iam", "get-group", "--group-name", group)).Json.GetProperty("Users").EnumerateArray()
            .Select(u => u.GetProperty("UserName").GetString()!).ToList();
}
