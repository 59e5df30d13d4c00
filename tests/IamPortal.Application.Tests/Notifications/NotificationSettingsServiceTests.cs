using System.Text.Json;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Notifications;
using IamPortal.Application.Operators;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;
using static IamPortal.Application.Tests.Notifications.NotificationSamples;

namespace IamPortal.Application.Tests.Notifications;

/// <summary>The settings section: channels without secrets for auditors and admins; test messages for admins, audited.</summary>
public class NotificationSettingsServiceTests
{
    private readonly IEmailSender _email = Substitute.For<IEmailSender>();
    private readonly IWebhookSender _webhook = Substitute.For<IWebhookSender>();
    private readonly MemoryAuditLog _log = new();

    private NotificationSettingsService Service(PortalRole role, NotificationOptions? options = null)
    {
        var o = options ?? Options();
        _email.IsConfigured.Returns(o.Smtp.IsConfigured);
        _webhook.IsConfigured.Returns(o.Webhook.IsConfigured);
        var op = new FakeOperator(role);
        var time = new FakeTimeProvider(Sample.Now);
        return new NotificationSettingsService(Monitor(o), Substitute.For<IReminderOutbox>(), _email, _webhook, op,
            new AuditedOperations(op, _log, new FakeAccounts(), time), time);
    }

    [Fact]
    public async Task GetChannelsAsync_SecretsConfigured_ShowsStateAndHostsButNoSecret()
    {
        var view = await Service(PortalRole.Auditor).GetChannelsAsync();

        view.Smtp.Should().Be(new SmtpSettingsView(true, "smtp.example.test", 587, SmtpTlsMode.Auto, "portal@example.test", "mailer", true));
        view.Webhook.Should().Be(new WebhookSettingsView(true, "https://hooks.slack.com/…", WebhookFormat.Json));
        JsonSerializer.Serialize(view).Should().NotContain(Password).And.NotContain("XyZsecretToken").And.NotContain("key=q1");
    }

    [Fact]
    public async Task GetChannelsAsync_NothingConfigured_BothNotConfigured()
    {
        var view = await Service(PortalRole.SecurityAdmin, Options(smtp: false, webhook: false)).GetChannelsAsync();

        view.Smtp.Configured.Should().BeFalse();
        view.Smtp.PasswordConfigured.Should().BeFalse();
        view.Webhook.Should().Be(new WebhookSettingsView(false, null, WebhookFormat.Json));
    }

    [Fact]
    public async Task GetChannelsAsync_TeamLead_Refused()
    {
        var act = () => Service(PortalRole.TeamLead).GetChannelsAsync();

        await act.Should().ThrowAsync<PortalAccessDeniedException>();
    }

    [Fact]
    public async Task SendTestAsync_AdminByEmail_SentToTheOperatorAndAudited()
    {
        var result = await Service(PortalRole.SecurityAdmin).SendTestAsync(ReminderChannel.Email, new Uri("https://portal.example.test/"));

        result.Succeeded.Should().BeTrue();
        result.Value!.SentTo.Should().Be("op@example.com through smtp.example.test:587");
        await _email.Received(1).SendAsync(Arg.Is<EmailMessage>(m =>
            m.ToAddress == "op@example.com" && m.Subject.StartsWith("[Test] ") && m.TextBody.Contains("https://portal.example.test/")), Arg.Any<CancellationToken>());
        _log.Entries.Single().Record.Should().Match<AuditRecord>(r =>
            r.Action == AuditActions.SendTestNotification && r.Outcome == AuditOutcomes.Success && r.Target == "notifications:Email");
    }

    [Fact]
    public async Task SendTestAsync_WebhookAnswers500_FailedWithoutSecretAndAuditedAsFailed()
    {
        _webhook.PostAsync(default!, default).ReturnsForAnyArgs<Task>(_ =>
            throw new NotificationDeliveryException($"The webhook at {HookUrl} answered 500 Internal Server Error."));

        var result = await Service(PortalRole.SecurityAdmin).SendTestAsync(ReminderChannel.Webhook, new Uri("https://portal.example.test/"));

        result.Status.Should().Be(CommandStatus.Failed);
        result.Error.Should().Contain("answered 500").And.NotContain("XyZsecretToken");
        _log.Entries.Single().Record.Outcome.Should().Be(AuditOutcomes.Failed);
    }

    [Fact]
    public async Task SendTestAsync_ChannelNotConfigured_InvalidAndNothingSent()
    {
        var result = await Service(PortalRole.SecurityAdmin, Options(webhook: false)).SendTestAsync(ReminderChannel.Webhook, new Uri("https://portal.example.test/"));

        result.Status.Should().Be(CommandStatus.Invalid);
        result.Errors.Values.Single().Should().Contain("not configured");
        await _webhook.DidNotReceiveWithAnyArgs().PostAsync(default!, default);
        _log.Entries.Single().Record.Outcome.Should().Be(AuditOutcomes.Invalid);
    }

    [Fact]
    public async Task SendTestAsync_Auditor_DeniedAndAudited()
    {
        var act = () => Service(PortalRole.Auditor).SendTestAsync(ReminderChannel.Email, new Uri("https://portal.example.test/"));

        await act.Should().ThrowAsync<PortalAccessDeniedException>();
        await _email.DidNotReceiveWithAnyArgs().SendAsync(default!, default);
        _log.Entries.Single().Record.Outcome.Should().Be(AuditOutcomes.Denied);
    }
}
