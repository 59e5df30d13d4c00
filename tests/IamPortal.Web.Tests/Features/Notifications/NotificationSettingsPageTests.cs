using Bunit;
using IamPortal.Application.Commands;
using IamPortal.Application.Notifications;
using IamPortal.Application.Operators;
using IamPortal.Web.Features.Notifications;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Notifications;

public sealed class NotificationSettingsPageTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private sealed class FakeNotificationSettings : INotificationSettingsService
    {
        public NotificationChannelsView Channels { get; set; } = new(
            new SmtpSettingsView(true, "smtp.example.test", 587, SmtpTlsMode.StartTls, "portal@example.test", "mailer", true),
            new WebhookSettingsView(false, null, WebhookFormat.Json));
        public Exception? CountsFailure { get; set; }
        public List<ReminderChannel> Tests { get; } = [];

        public Task<NotificationChannelsView> GetChannelsAsync(CancellationToken ct = default) => Task.FromResult(Channels);

        public Task<IReadOnlyList<ReminderDeliveryCount>> GetDeliveryCountsAsync(CancellationToken ct = default) =>
            CountsFailure is { } e ? Task.FromException<IReadOnlyList<ReminderDeliveryCount>>(e)
                : Task.FromResult<IReadOnlyList<ReminderDeliveryCount>>(
                    [new(ReminderChannel.Email, ReminderDeliveryStatus.Sent, 4), new(ReminderChannel.None, ReminderDeliveryStatus.NotSent, 2)]);

        public Task<CommandResult<TestMessageResult>> SendTestAsync(ReminderChannel channel, Uri portalLink, CancellationToken ct = default)
        {
            Tests.Add(channel);
            return Task.FromResult(CommandResult.Ok(new TestMessageResult(channel, "alice@example.com through smtp.example.test:587")));
        }
    }

    private static (BunitContext, IRenderedComponent<NotificationSettingsPage>, FakeNotificationSettings) Render(PortalRole role, Exception? countsFailure = null)
    {
        var fake = new FakeNotificationSettings { CountsFailure = countsFailure };
        var ctx = PortalTestContext.Create(configure: s => s.AddSingleton<INotificationSettingsService>(fake));
        ((FakeOperatorContext)ctx.Services.GetRequiredService<IOperatorContext>()).Current = new OperatorIdentity("sub-3", "T", "alice@example.com", "Test", role);
        var page = ctx.Render<NotificationSettingsPage>();
        page.WaitForAssertion(() => page.Find("[data-testid='channel-smtp']"), Wait);
        return (ctx, page, fake);
    }

    [Fact]
    public async Task Render_SmtpConfiguredWebhookNot_ShowsStatesAndNoPassword()
    {
        var (ctx, page, _) = Render(PortalRole.Auditor);
        await using var _ = ctx;

        page.Find("[data-testid='channel-smtp-state']").TextContent.Should().Be("Configured");
        page.Find("[data-testid='channel-webhook-state']").TextContent.Should().Be("Not configured");
        page.Find("[data-testid='channel-smtp']").TextContent.Should().Contain("smtp.example.test").And.Contain("StartTls").And.Contain("set (not shown)");
        page.FindAll("[data-testid='channel-smtp-test']").Should().BeEmpty("auditors cannot send test messages");
        page.Find("[data-testid='notification-not-sent']").TextContent.Should().Contain("2 reminders were not sent: no channel configured");
        page.Find("[data-testid='count-Email-Sent']").TextContent.Should().Contain("4");
    }

    [Fact]
    public async Task SendTest_AdminClicksEmail_SendsAndSaysWhereItWent()
    {
        var (ctx, page, fake) = Render(PortalRole.SecurityAdmin);
        await using var _ = ctx;

        page.Find("[data-testid='channel-webhook-test']").HasAttribute("disabled").Should().BeTrue("the webhook is not configured");
        page.Find("[data-testid='channel-smtp-test']").Click();

        page.WaitForAssertion(() => page.Find("[data-testid='notification-test-result']").TextContent
            .Should().Contain("Test message sent to alice@example.com through smtp.example.test:587"), Wait);
        fake.Tests.Should().Equal(ReminderChannel.Email);
    }

    [Fact]
    public async Task Render_CountsReadFails_ChannelsStillShown()
    {
        var (ctx, page, _) = Render(PortalRole.SecurityAdmin, new TimeoutException("The database did not answer."));
        await using var _ = ctx;

        page.WaitForAssertion(() => page.Find("[data-testid='notification-counts-error']"), Wait);
        page.Find("[data-testid='channel-smtp-state']").TextContent.Should().Be("Configured");
    }
}
