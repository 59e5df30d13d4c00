using System.Globalization;
using IamPortal.E2E.Infrastructure;
using IamPortal.Tests.Shared.Notifications;
using Microsoft.Playwright;

namespace IamPortal.E2E.Notifications;

/// <summary>A portal whose SMTP server and webhook are the tests' loopback receivers (with a password and a token to keep secret).</summary>
public sealed class NotificationPortalFixture : PortalBrowserFixture
{
    public const string SmtpPassword = "e2e-Smtp-Secret-9f3";

    public LoopbackSmtpReceiver Smtp { get; } = LoopbackSmtpReceiver.StartAsync("portal-mailer", SmtpPassword).GetAwaiter().GetResult();
    public LoopbackWebhookReceiver Webhook { get; } = LoopbackWebhookReceiver.Start();

    protected override IDictionary<string, string>? Settings => new Dictionary<string, string>
    {
        ["Notifications__Smtp__Host"] = Smtp.Host,
        ["Notifications__Smtp__Port"] = Smtp.Port.ToString(CultureInfo.InvariantCulture),
        ["Notifications__Smtp__SecureSocketOptions"] = "None",
        ["Notifications__Smtp__From"] = "IAM Portal <iam-portal@example.test>",
        ["Notifications__Smtp__UserName"] = "portal-mailer",
        ["Notifications__Smtp__Password"] = SmtpPassword,
        ["Notifications__Webhook__Url"] = Webhook.Url.AbsoluteUri,
        ["Notifications__Webhook__Format"] = "Slack",
    };

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
        await Webhook.DisposeAsync();
    }
}

/// <summary>The notifications settings in real Chromium: channels from the environment, test messages that really arrive, no secret shown or logged.</summary>
public sealed class NotificationSettingsTests(NotificationPortalFixture fixture) : IClassFixture<NotificationPortalFixture>
{
    private static readonly string[] WebhookSecrets = ["s3cr3t-webhook-token", "s3cr3t-query", LoopbackWebhookReceiver.SecretPath];

    [Fact]
    public async Task SettingsPage_AdminSendsTestMessages_EmailAndSlackArriveAndNoSecretIsShownOrLogged()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/settings/notifications");
        await page.Locator("[data-interactive=true]").WaitForAsync();

        await Assertions.Expect(page.GetByTestId("channel-smtp-state")).ToHaveTextAsync("Configured");
        await Assertions.Expect(page.GetByTestId("channel-webhook-state")).ToHaveTextAsync("Configured");
        await Assertions.Expect(page.GetByTestId("channel-webhook")).ToContainTextAsync($"http://127.0.0.1:{fixture.Webhook.Port}/…");
        await Assertions.Expect(page.GetByTestId("notification-counts-empty")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Send test message by Email (SMTP)" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notification-test-result"))
            .ToContainTextAsync($"Test message sent to dev.admin@localhost through 127.0.0.1:{fixture.Smtp.Port}");
        var mail = await fixture.Smtp.WaitForMessageAsync(m => m.Subject.StartsWith("[Test] "));
        mail.EnvelopeTo.Should().Equal("dev.admin@localhost");
        mail.AuthenticatedUser.Should().Be("portal-mailer");
        mail.TextBody.Should().Contain(fixture.Portal.BaseUrl.AbsoluteUri);

        await page.GetByRole(AriaRole.Button, new() { Name = "Send test message by Webhook" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("notification-test-result")).ToContainTextAsync($"http://127.0.0.1:{fixture.Webhook.Port}/…");
        var post = (await fixture.Webhook.WaitForAcceptedAsync()).Single();
        post.Json.GetProperty("text").GetString().Should().Contain(fixture.Portal.BaseUrl.AbsoluteUri);
        post.Json.GetProperty("blocks").GetArrayLength().Should().Be(2);

        await page.Mouse.MoveAsync(0, 0);
        await Accessibility.AssertNoSeriousViolationsAsync(page);
        await Screenshots.SaveAsync(page, "settings-notifications");

        var shown = await page.ContentAsync();
        shown.Should().NotContain(NotificationPortalFixture.SmtpPassword);
        foreach (var secret in WebhookSecrets) shown.Should().NotContain(secret);
        fixture.Portal.Output.Should().NotContain(NotificationPortalFixture.SmtpPassword);
        foreach (var secret in WebhookSecrets) fixture.Portal.Output.Should().NotContain(secret);
    }
}
