using IamPortal.E2E.Infrastructure;
using IamPortal.Sandbox;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Playwright;

namespace IamPortal.E2E.Policies;

/// <summary>A customer managed policy edited in real Chromium against the demo portal (seeded Sandbox), the new version checked with the AWS CLI.</summary>
public sealed class PolicyEditTests(PortalBrowserFixture fixture) : IClassFixture<PortalBrowserFixture>
{
    /// <summary>The seed's support policy: one version, attached to the support-agents group, no escalation of its own.</summary>
    private const string PolicyName = "SupportTicketingAccess";
    private static readonly string PolicyArn = $"arn:aws:iam::{SandboxAccount.AccountId}:policy/{PolicyName}";
    private static readonly string EditPath = "/policies/" + Uri.EscapeDataString(PolicyArn) + "/edit";
    private const string EditorId = "policy-editor";

    /// <summary>The seeded statement kept, plus one that rewrites any managed policy, with its Effect misspelt.</summary>
    private const string BadDocument = """
        {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Action": ["logs:FilterLogEvents", "logs:GetLogEvents", "sqs:ReceiveMessage", "sqs:GetQueueAttributes"],
              "Resource": "*"
            },
            {
              "Sid": "RewritePolicies",
              "Effect": "Alow",
              "Action": "iam:CreatePolicyVersion",
              "Resource": "*"
            }
          ]
        }
        """;

    [SkippableFact]
    public async Task EditPolicy_FixErrorAtItsLineReviewAddedEscalationSave_CliShowsNewDefaultVersion()
    {
        var cli = new OnboardingCli(fixture.Portal.SandboxUrl);
        var before = (await cli.RunAsync("iam", "get-policy", "--policy-arn", PolicyArn)).Json.GetProperty("Policy").GetProperty("DefaultVersionId").GetString();
        var page = await fixture.NewPageAsync();
        await RunAsync(page, "policy-edit", async () =>
        {
            // Find the policy in the list.
            await page.GotoAsync("/policies");
            await page.Locator("[data-interactive=true]").WaitForAsync();
            await page.GetByTestId("policies-table").WaitForAsync(new() { Timeout = 60_000 });
            await page.GetByLabel("Search name, ARN or description").FillAsync(PolicyName);
            var row = page.Locator($"[data-testid='policy-row'][data-arn='{PolicyArn}']");
            await Assertions.Expect(page.GetByTestId("policies-count")).ToHaveTextAsync("1 policy");
            await Assertions.Expect(row).ToBeVisibleAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "policy-edit-list");

            // Its page, then Edit.
            await row.GetByRole(AriaRole.Link, new() { Name = PolicyName }).ClickAsync();
            await page.WaitForURLAsync("**/policies/*");
            await Assertions.Expect(page.GetByTestId("policy-name")).ToHaveTextAsync(PolicyName, new() { Timeout = 30_000 });
            await Assertions.Expect(page.GetByTestId("policy-default-version")).ToHaveTextAsync(before!);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "policy-edit-detail");
            await page.GetByTestId("edit-policy").ClickAsync();
            await page.WaitForURLAsync("**/edit");
            page.Url.Should().EndWith(EditPath);
            await page.Locator("[data-interactive=true]").WaitForAsync(new() { Timeout = 30_000 });
            var editor = page.Locator($"[data-testid='policy-editor'][data-mode='Monaco']");
            await editor.Locator(".monaco-editor .view-lines").WaitForAsync(new() { Timeout = 60_000 });
            (await EditorTextAsync(page)).Should().Contain("sqs:ReceiveMessage", "the editor opens on the default version's document");
            await Assertions.Expect(page.GetByTestId("policy-findings-summary")).ToContainTextAsync("No findings");
            await Accessibility.AssertNoSeriousViolationsAsync(page);

            // Paste a document whose second statement has a bad Effect: the finding names its line and column.
            await editor.Locator(".monaco-editor .view-lines").ClickAsync();
            await page.Keyboard.PressAsync("ControlOrMeta+A");
            await PasteAsync(page, BadDocument);
            var pasted = await EditorTextAsync(page);
            pasted.Should().Be(BadDocument, "a paste keeps the text as it is (typing would auto-close brackets and indent)");
            var (line, column) = PositionOf(pasted, "\"Alow\"");
            var finding = page.Locator("button.policy-finding[data-code='INVALID_EFFECT']");
            await Assertions.Expect(finding).ToContainTextAsync($"line {line}, column {column}");
            await Assertions.Expect(finding).ToContainTextAsync("\"Alow\"");
            await Assertions.Expect(page.GetByTestId("policy-findings-summary")).ToContainTextAsync("1 error");
            await Assertions.Expect(page.GetByTestId("review-policy")).ToBeDisabledAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "policy-edit-error");

            // The finding moves the cursor to the misspelt value; fix it from there with the keyboard.
            await finding.ClickAsync();
            await page.WaitForFunctionAsync(
                $"() => {{ const p = window.blazorMonaco.editor.getEditor('{EditorId}', true).getPosition(); return p.lineNumber === {line} && p.column === {column}; }}");
            await page.Keyboard.PressAsync("ArrowRight");
            for (var i = 0; i < "Alow".Length; i++) await page.Keyboard.PressAsync("Shift+ArrowRight");
            await page.Keyboard.TypeAsync("Allow");
            (await EditorTextAsync(page)).Should().Be(pasted.Replace("\"Alow\"", "\"Allow\""));
            await Assertions.Expect(finding).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByTestId("policy-findings-summary")).ToContainTextAsync("No findings");
            await Assertions.Expect(page.Locator("button.policy-finding")).ToHaveCountAsync(0);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "policy-edit-fixed");

            // The risk difference: the new version adds privilege escalation through iam:CreatePolicyVersion.
            await Assertions.Expect(page.GetByTestId("review-policy")).ToBeEnabledAsync();
            await page.GetByTestId("review-policy").ClickAsync();
            var impact = page.GetByTestId("change-impact");
            await Assertions.Expect(impact).ToHaveAttributeAsync("data-adds-risk", "true", new() { Timeout = 60_000 });
            var summary = page.GetByTestId("change-impact-summary");
            await Assertions.Expect(summary).ToContainTextAsync("Adds privilege escalation");
            await Assertions.Expect(summary).ToContainTextAsync("iam:CreatePolicyVersion");
            await Assertions.Expect(page.GetByTestId("impact-added").First).ToContainTextAsync("iam:CreatePolicyVersion");
            var save = page.GetByTestId("save-policy");
            await Assertions.Expect(save).ToBeDisabledAsync();
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "policy-edit-review");

            // Acknowledge, save: back on the policy's page with the new default version.
            await page.GetByRole(AriaRole.Checkbox, new() { Name = "I have reviewed the risk this change adds and want to save it" }).CheckAsync();
            await Assertions.Expect(save).ToBeEnabledAsync();
            await save.ClickAsync();
            await page.WaitForURLAsync(url => !url.EndsWith("/edit"), new() { Timeout = 60_000 });
            await Assertions.Expect(page.GetByTestId("policy-name")).ToHaveTextAsync(PolicyName, new() { Timeout = 30_000 });
            await Assertions.Expect(page.GetByTestId("policy-default-version")).Not.ToHaveTextAsync(before!);
            await Accessibility.AssertNoSeriousViolationsAsync(page);
            await Screenshots.SaveAsync(page, "policy-edit-saved");
        });

        // IAM: a new default version whose document is the one pasted and fixed.
        var policy = (await cli.RunAsync("iam", "get-policy", "--policy-arn", PolicyArn)).Json.GetProperty("Policy");
        var after = policy.GetProperty("DefaultVersionId").GetString();
        after.Should().NotBe(before);
        var version = await cli.RunAsync("iam", "get-policy-version", "--policy-arn", PolicyArn, "--version-id", after!);
        version.ExitCode.Should().Be(0, version.Stderr);
        var document = version.Json.GetProperty("PolicyVersion");
        document.GetProperty("IsDefaultVersion").GetBoolean().Should().BeTrue();
        var statements = document.GetProperty("Document").GetProperty("Statement").EnumerateArray().ToList();
        statements.Should().Contain(s => s.GetProperty("Action").ValueKind == System.Text.Json.JsonValueKind.String
                                         && s.GetProperty("Action").GetString() == "iam:CreatePolicyVersion"
                                         && s.GetProperty("Effect").GetString() == "Allow");
        var versions = (await cli.RunAsync("iam", "list-policy-versions", "--policy-arn", PolicyArn)).Json.GetProperty("Versions").EnumerateArray()
            .Select(v => v.GetProperty("VersionId").GetString()).ToList();
        versions.Should().Contain([before, after]);
    }

    /// <summary>The Monaco editor's text, as the operator sees it.</summary>
    private static Task<string> EditorTextAsync(IPage page) =>
        page.EvaluateAsync<string>($"() => window.blazorMonaco.editor.getEditor('{EditorId}', true).getValue()");

    /// <summary>Pastes <paramref name="text"/> into the focused Monaco editor, replacing its selection, as Ctrl+V from the clipboard does.</summary>
    private static Task PasteAsync(IPage page, string text) =>
        page.EvaluateAsync("""
            text => {
                const data = new DataTransfer();
                data.setData("text/plain", text);
                document.activeElement.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
            }
            """, text);

    /// <summary>The 1-based line and column where <paramref name="token"/> starts in <paramref name="text"/>.</summary>
    private static (int Line, int Column) PositionOf(string text, string token)
    {
        var index = text.IndexOf(token, StringComparison.Ordinal);
        var lines = text[..index].Split('\n');
        return (lines.Length, lines[^1].Length + 1);
    }

    private Task RunAsync(IPage page, string name, Func<Task> test) => FailureArtifacts.CaptureAsync(page, fixture.Portal, name, test);
}
