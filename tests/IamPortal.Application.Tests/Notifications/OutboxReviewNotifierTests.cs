using IamPortal.Application.Notifications;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging.Abstractions;
using static IamPortal.Application.Tests.Notifications.NotificationSamples;

namespace IamPortal.Application.Tests.Notifications;

/// <summary>QueueAsync only writes the outbox, one row per configured channel, and never throws into the campaign.</summary>
public class OutboxReviewNotifierTests
{
    private readonly IReminderOutbox _outbox = Substitute.For<IReminderOutbox>();

    private OutboxReviewNotifier Notifier(NotificationOptions options) => new(_outbox, Monitor(options), NullLogger<OutboxReviewNotifier>.Instance);

    [Fact]
    public async Task QueueAsync_BothChannels_OnePendingRowPerChannel()
    {
        IReadOnlyList<OutboxReminder>? written = null;
        _outbox.AddAsync(Arg.Do<IReadOnlyList<OutboxReminder>>(r => written = r), Arg.Any<CancellationToken>()).Returns(2);

        await Notifier(Options()).QueueAsync([Reminder()]);

        written!.Select(r => (r.Channel, r.Status)).Should().Equal(
            (ReminderChannel.Email, ReminderDeliveryStatus.Pending), (ReminderChannel.Webhook, ReminderDeliveryStatus.Pending));
    }

    [Fact]
    public async Task QueueAsync_NoChannelConfigured_RecordedAsNotSent()
    {
        IReadOnlyList<OutboxReminder>? written = null;
        _outbox.AddAsync(Arg.Do<IReadOnlyList<OutboxReminder>>(r => written = r), Arg.Any<CancellationToken>()).Returns(1);

        await Notifier(Options(smtp: false, webhook: false)).QueueAsync([Reminder()]);

        written.Should().ContainSingle().Which.Should().Match<OutboxReminder>(r =>
            r.Channel == ReminderChannel.None && r.Status == ReminderDeliveryStatus.NotSent && r.Note == "not sent: no channel configured");
    }

    [Fact]
    public async Task QueueAsync_OutboxFails_DoesNotThrowIntoTheCampaign()
    {
        _outbox.AddAsync(default!, default).ReturnsForAnyArgs<int>(_ => throw new TimeoutException("database gone"));

        var act = () => Notifier(Options()).QueueAsync([Reminder()]);

        await act.Should().NotThrowAsync();
    }

    [Fact]
    public void AddNotifications_NoOpRegisteredBefore_IsReplaced()
    {
        var services = new ServiceCollection();
        services.AddSingleton<IReviewNotifier, NoOpNotifier>();

        services.AddNotifications(new ConfigurationBuilder().Build());

        services.Where(d => d.ServiceType == typeof(IReviewNotifier)).Should().ContainSingle()
            .Which.ImplementationType.Should().Be<OutboxReviewNotifier>();
    }

    [Fact]
    public void AddNotifications_NoOpTryAddedAfter_KeepsTheOutbox()
    {
        var services = new ServiceCollection();

        services.AddNotifications(new ConfigurationBuilder().Build());
        services.TryAddSingleton<IReviewNotifier, NoOpNotifier>();

        services.Where(d => d.ServiceType == typeof(IReviewNotifier)).Should().ContainSingle()
            .Which.ImplementationType.Should().Be<OutboxReviewNotifier>();
    }

    private sealed class NoOpNotifier : IReviewNotifier
    {
        public Task QueueAsync(IReadOnlyList<ReviewReminder> reminders, CancellationToken ct = default) => Task.CompletedTask;
    }
}
