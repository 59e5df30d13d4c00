using System.Security.Cryptography;
using IamPortal.E2E.Infrastructure;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Playwright;

namespace IamPortal.E2E.Trends;

/// <summary>
/// /trends in real Chromium as an auditor (demo portal, seeded Sandbox): two snapshots with a fix made in between through
/// the AWS CLI, their comparison shows the finding resolved, and the downloaded JSON attestation hashes to the snapshot's
/// SHA-256, which the audit log records. Axe on each page.
/// </summary>
public sealed class TrendsTests(AuditorPortalFixture fixture) : IClassFixture<AuditorPortalFixture>
{
    private const string DirectPolicies = "iam_policy_attached_only_to_group_or_roles";
    private const string Policy = "arn:aws:iam::aws:policy/CloudWatchReadOnlyAccess";

    [SkippableFact]
    public async Task Auditor_TwoSnapshotsAroundAFix_ComparesSeesItResolvedAndTheAttestationHashIsAudited()
    {
        Skip.IfNot(OnboardingCli.Available, "The AWS CLI is not installed.");
        var cli = new OnboardingCli(fixture.Portal.SandboxUrl);
        var user = $"trend-e2e-{Guid.NewGuid():N}"[..20];
        (await cli.RunAsync("iam", "create-user", "--user-name", user)).ExitCode.Should().Be(0);
        (await cli.RunAsync("iam", "attach-user-policy", "--user-name", user, "--policy-arn", Policy)).ExitCode.Should().Be(0);
        var page = await fixture.NewPageAsync();
        await FailureArtifacts.CaptureAsync(page, fixture.Portal, "trends", async () =>
        {
            await page.GotoAsync("/trends");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            var before = await TakeSnapshotAsync(page);

            (await cli.RunAsync("iam", "detach-user-policy", "--user-name", user, "--policy-arn", Policy)).ExitCode.Should().Be(0);
            var after = await TakeSnapshotAsync(page);
            after.Should().NotBe(before);

            // The comparison defaults to the latest against the one before it: the two just taken.
            await page.GetByTestId("compare").ClickAsync();
            await Assertions.Expect(page.GetByTestId("count-Resolved")).Not.ToHaveTextAsync("Resolved: 0");
            var resolved = page.GetByTestId("compare-changes").Locator("tr").Filter(new() { HasText = user });
            await Assertions.Expect(resolved.Filter(new() { HasText = DirectPolicies })).ToContainTextAsync("Resolved");
            await Assertions.Expect(page.GetByTestId("compare-per-user")).ToContainTextAsync(user);
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "trends-compare");

            var latest = page.GetByTestId("snapshot-row").Filter(new() { HasText = after });
            var download = await page.RunAndWaitForDownloadAsync(() => latest.GetByRole(AriaRole.Button, new() { NameRegex = new("^Download JSON attestation") }).ClickAsync());
            var file = await File.ReadAllBytesAsync((await download.PathAsync())!);
            Convert.ToHexStringLower(SHA256.HashData(file)).Should().Be(after, "the JSON attestation is the hashed snapshot document itself");
            await Assertions.Expect(page.GetByTestId("attestation-message")).ToContainTextAsync(after);

            await page.GotoAsync("/audit");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await page.Locator("#audit-filter-action").FillAsync("Trends.ExportAttestation");
            var details = page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Details of entry") });
            await Assertions.Expect(details).ToHaveCountAsync(1);
            await details.ClickAsync();
            await Assertions.Expect(page.GetByTestId("audit-parameters")).ToContainTextAsync(after);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "trends-attestation-audited");
        });
    }

    /// <summary>"Take snapshot now" and the SHA-256 the page reports for it (which the snapshots table lists).</summary>
    private static async Task<string> TakeSnapshotAsync(IPage page)
    {
        var rows = await page.GetByTestId("snapshot-row").CountAsync();
        await page.GetByTestId("take-snapshot").ClickAsync();
        await Assertions.Expect(page.GetByTestId("snapshot-row")).ToHaveCountAsync(rows + 1, new() { Timeout = 60_000 });
        var message = await page.GetByTestId("trends-message").TextContentAsync();
        var sha = System.Text.RegularExpressions.Regex.Match(message ?? "", "SHA-256 ([0-9a-f]{64})").Groups[1].Value;
        sha.Should().NotBeEmpty($"the page reports the snapshot's hash ({message})");
        await Assertions.Expect(page.GetByTestId("snapshot-sha256").Filter(new() { HasText = sha })).ToHaveCountAsync(1);
        return sha;
    }
}

/// <summary>The demo portal signed in as the Development provider's Auditor, with no scheduled snapshot: the test takes its own.</summary>
public sealed class AuditorPortalFixture : PortalBrowserFixture
{
    protected override IDictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Authentication__Development__AutoSignIn"] = "Auditor",
        ["Trends__SnapshotInterval"] = "00:00:00",
    };
}
