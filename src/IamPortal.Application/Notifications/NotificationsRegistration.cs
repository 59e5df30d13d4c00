using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace IamPortal.Application.Notifications;

public static class NotificationsRegistration
{
    /// <summary>
    /// Notifications: the <c>Notifications</c> options, the outbox-backed <see cref="IReviewNotifier"/>, one delivery
    /// round's logic and the settings section's service. The transports and the outbox store come from Infrastructure
    /// (<c>AddNotificationTransports</c>). The notifier is registered with Replace, so it wins over a no-op registered
    /// before it, and a later TryAdd of a no-op leaves it in place.
    /// </summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<NotificationOptions>().Bind(configuration.GetSection(NotificationOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.Replace(ServiceDescriptor.Singleton<IReviewNotifier, OutboxReviewNotifier>());
        services.AddSingleton<ReminderDelivery>();
        services.AddScoped<INotificationSettingsService, NotificationSettingsService>();
        return services;
    }
}
