using System.Text.RegularExpressions;
using IamPortal.E2E.Infrastructure;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Playwright;

namespace IamPortal.E2E.Groups;

/// <summary>Groups clicked through in real Chromium against the demo portal (seeded Sandbox), end states checked with the AWS CLI.</summary>
public sealed partial class GroupsTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    [GeneratedRegex("^users/([^/]+)$")]
    private static partial Regex UserHref();

    [SkippableFact]
    public async Task Group_CreateAddTwoMembersDeleteThroughPlan_CliFindsNothingLeft()
    {
        var cli = new OnboardingCli(fixture.Portal.SandboxUrl);
        var page = await fixture.NewPageAsync();
        await RunAsync(page, "groups-lifecycle", async () =>
        {
            // Members of the review story's groups already read data elsewhere (DataLakeAnalyst): pick users who would gain it.
            var reviewed = new HashSet<string>();
            foreach (var (name, _, _) in IamPortal.Sandbox.Seed.ReviewSeedStory.Groups)
                foreach (var u in (await cli.RunAsync("iam", "get-group", "--group-name", name)).Json.GetProperty("Users").EnumerateArray())
                    reviewed.Add(u.GetProperty("UserName").GetString()!);
            var users = (await SeededUsersAsync(page)).Where(u => !reviewed.Contains(u)).Take(2).ToList();
            const string group = "e2e-project-team";

            // Create: the list's dialog, then the group's page.
            await page.GotoAsync("/groups");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(page.GetByTestId("groups-count")).ToContainTextAsync("groups");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "groups-list");
            await page.Locator("#groups-create").ClickAsync();
            await page.Locator("#create-group-name").FillAsync(group);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await page.Locator("#create-group-submit").ClickAsync();
            await page.WaitForURLAsync($"**/groups/{group}");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await Assertions.Expect(page.GetByTestId("group-name")).ToHaveTextAsync(group);
            await Assertions.Expect(page.GetByTestId("members-empty")).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);

            // Add two members through the picker.
            await page.Locator("#members-add").ClickAsync();
            foreach (var user in users)
            {
                await page.Locator("#add-members-search").FillAsync(user);
                await page.GetByRole(AriaRole.Checkbox, new() { Name = $"Select {user}" }).CheckAsync();
                await Assertions.Expect(page.GetByText($"Selected:")).ToContainTextAsync(user); // the circuit took the pick
            }
            await Assertions.Expect(page.Locator("#add-members-submit")).ToHaveTextAsync("Add 2 members");
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "groups-add-members");
            await page.Locator("#add-members-submit").ClickAsync();
            var members = page.GetByTestId("members-grid");
            foreach (var user in users) await Assertions.Expect(members).ToContainTextAsync(user, new() { Timeout = 30_000 });
            await Assertions.Expect(page.GetByTestId("membership-done")).ToContainTextAsync("2 of 2 users done");
            var inGroup = (await cli.RunAsync("iam", "get-group", "--group-name", group)).Json.GetProperty("Users").EnumerateArray()
                .Select(u => u.GetProperty("UserName").GetString()).ToList();
            inGroup.Should().BeEquivalentTo(users);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "groups-members");

            // Attach a managed policy from the group's Permissions tab: the risk it adds for both members is shown and confirmed first.
            await page.GetByRole(AriaRole.Tab, new() { Name = "Permissions (0)" }).ClickAsync();
            await page.GetByLabel("Policy to attach").FillAsync("AmazonS3ReadOnly");
            await page.GetByRole(AriaRole.Option, new() { Name = "AmazonS3ReadOnlyAccess" }).ClickAsync();
            await page.GetByTestId("attach-policy").ClickAsync();
            var impact = page.GetByTestId("change-impact");
            await Assertions.Expect(impact).ToHaveAttributeAsync("data-adds-risk", "true", new() { Timeout = 30_000 });
            // Members who already read S3 elsewhere gain nothing: the count is of users whose effective permissions change.
            await Assertions.Expect(page.GetByTestId("change-impact-summary")).ToContainTextAsync(new Regex(@"s3:GetObject, confirmed, for [12] users?"));
            await Assertions.Expect(page.GetByTestId("change-save")).ToBeDisabledAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "groups-attach-impact");
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "I have reviewed the risk this change adds and want to save it" }).CheckAsync();
            await page.GetByTestId("change-save").ClickAsync();
            await Assertions.Expect(page.GetByTestId("attached-policy")).ToHaveAttributeAsync("data-arn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", new() { Timeout = 30_000 });
            var attachedArns = (await cli.RunAsync("iam", "list-attached-group-policies", "--group-name", group)).Json.GetProperty("AttachedPolicies")
                .EnumerateArray().Select(a => a.GetProperty("PolicyArn").GetString()).ToList();
            attachedArns.Should().Equal("arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess");
            await Screenshots.SaveAsync(page, "groups-permissions");

            // Access Advisor answers for the group.
            await page.GetByRole(AriaRole.Tab, new() { Name = "Access Advisor" }).ClickAsync();
            await page.Locator("#access-advisor-generate").ClickAsync();
            await Assertions.Expect(page.GetByTestId("access-advisor-empty").Or(page.GetByTestId("access-advisor-table"))).ToBeVisibleAsync(new() { Timeout = 30_000 });
            await Accessibility.AssertNoSeriousViolationsAsync(page);

            // Delete through the plan: remove both members, delete, confirm gone.
            await page.Locator("#group-delete").ClickAsync();
            await page.WaitForURLAsync($"**/groups/{group}/delete");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            var plan = page.GetByTestId("delete-plan");
            foreach (var user in users) await Assertions.Expect(plan).ToContainTextAsync($"Remove {user} from {group}");
            await Assertions.Expect(plan).ToContainTextAsync("Detach AmazonS3ReadOnlyAccess");
            await Assertions.Expect(plan).ToContainTextAsync($"Delete the group {group}");
            await Assertions.Expect(page.GetByTestId("references-none")).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "groups-delete-plan");
            await page.Locator("#delete-start").ClickAsync();
            await Assertions.Expect(page.Locator("#confirm-name-go")).ToBeDisabledAsync();
            await page.Locator("#confirm-name-input").FillAsync(group);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await page.Locator("#confirm-name-go").ClickAsync();
            await Assertions.Expect(page.GetByTestId("job-succeeded")).ToContainTextAsync($"The group {group} is gone (confirmed)", new() { Timeout = 60_000 });
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "groups-deleted");

            var gone = await cli.RunAsync("iam", "get-group", "--group-name", group);
            gone.ExitCode.Should().NotBe(0);
            gone.Stderr.Should().Contain("NoSuchEntity");
            var s3ReadOnly = (await cli.RunAsync("iam", "list-entities-for-policy", "--policy-arn", "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess")).Json;
            s3ReadOnly.GetProperty("PolicyGroups").EnumerateArray().Select(g => g.GetProperty("GroupName").GetString()).Should().NotContain(group);
            foreach (var user in users)
            {
                var groups = (await cli.RunAsync("iam", "list-groups-for-user", "--user-name", user)).Json.GetProperty("Groups").EnumerateArray()
                    .Select(g => g.GetProperty("GroupName").GetString());
                groups.Should().NotContain(group);
            }
        });
    }

    [SkippableFact]
    public async Task MoveToGroup_UserWithDirectPolicies_SamePoliciesThroughTheGroupNoneDirect()
    {
        var cli = new OnboardingCli(fixture.Portal.SandboxUrl);
        var page = await fixture.NewPageAsync();
        await RunAsync(page, "groups-move", async () =>
        {
            var user = (await SeededUsersAsync(page)).Skip(2).First();
            const string group = "e2e-moved-permissions";
            const string document = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:ListAllMyBuckets","Resource":"*"}]}""";
            (await cli.RunAsync("iam", "attach-user-policy", "--user-name", user, "--policy-arn", "arn:aws:iam::aws:policy/ReadOnlyAccess")).ExitCode.Should().Be(0);
            (await cli.RunAsync("iam", "put-user-policy", "--user-name", user, "--policy-name", "e2e-list-buckets", "--policy-document", document)).ExitCode.Should().Be(0);
            var managedBefore = await AttachedArnsAsync(cli, "list-attached-user-policies", "--user-name", user);
            var inlineBefore = await InlineNamesAsync(cli, "list-user-policies", "--user-name", user);

            await page.GotoAsync($"/users/{user}/move-to-group");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            var direct = page.GetByTestId("move-direct");
            await Assertions.Expect(direct).ToContainTextAsync("ReadOnlyAccess");
            await Assertions.Expect(direct).ToContainTextAsync("e2e-list-buckets");
            await page.Locator("#move-new").CheckAsync();
            await page.Locator("#move-new-name").FillAsync(group);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "groups-move-form");
            await page.Locator("#move-start").ClickAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Move", Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByTestId("job-succeeded")).ToContainTextAsync($"none attached directly", new() { Timeout = 60_000 });
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "groups-move-done");

            (await AttachedArnsAsync(cli, "list-attached-user-policies", "--user-name", user)).Should().BeEmpty();
            (await InlineNamesAsync(cli, "list-user-policies", "--user-name", user)).Should().BeEmpty();
            (await AttachedArnsAsync(cli, "list-attached-group-policies", "--group-name", group)).Should().BeEquivalentTo(managedBefore);
            (await InlineNamesAsync(cli, "list-group-policies", "--group-name", group)).Should().BeEquivalentTo(inlineBefore);
            var copied = (await cli.RunAsync("iam", "get-group-policy", "--group-name", group, "--policy-name", "e2e-list-buckets")).Json;
            copied.GetProperty("PolicyDocument").GetRawText().Should().Contain("s3:ListAllMyBuckets");
            var groups = (await cli.RunAsync("iam", "list-groups-for-user", "--user-name", user)).Json.GetProperty("Groups").EnumerateArray()
                .Select(g => g.GetProperty("GroupName").GetString());
            groups.Should().Contain(group);
        });
    }

    private static async Task<List<string?>> AttachedArnsAsync(OnboardingCli cli, string command, string option, string name) =>
        (await cli.RunAsync("iam", command, option, name)).Json.GetProperty("AttachedPolicies").EnumerateArray()
            .Select(p => p.GetProperty("PolicyArn").GetString()).ToList();

    private static async Task<List<string?>> InlineNamesAsync(OnboardingCli cli, string command, string option, string name) =>
        (await cli.RunAsync("iam", command, option, name)).Json.GetProperty("PolicyNames").EnumerateArray().Select(p => p.GetString()).ToList();

    /// <summary>Opens the users list (interactive) and returns the names of ordinary seeded users on its first page.</summary>
    private static async Task<IReadOnlyList<string>> SeededUsersAsync(IPage page)
    {
        await page.GotoAsync("/users");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.Locator("tbody tr.mud-table-row a[href^='users/']").First.WaitForAsync();
        var hrefs = await page.Locator("tbody tr.mud-table-row a[href^='users/']").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        return hrefs.Select(h => UserHref().Match(h)).Where(m => m.Success).Select(m => Uri.UnescapeDataString(m.Groups[1].Value))
            .Where(n => !n.StartsWith("svc-") && n != "break-glass-admin").Distinct().ToList();
    }

    private Task RunAsync(IPage page, string name, Func<Task> test) => FailureArtifacts.CaptureAsync(page, fixture.Portal, name, test);
}
