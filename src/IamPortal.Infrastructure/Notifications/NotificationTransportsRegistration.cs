using IamPortal.Application.Notifications;
using IamPortal.Infrastructure.Persistence.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Infrastructure.Notifications;

public static class NotificationTransportsRegistration
{
    /// <summary>Notifications' adapters: the reminder outbox in the portal's database, MailKit for email, HttpClient for the webhook.</summary>
    public static IServiceCollection AddNotificationTransports(this IServiceCollection services)
    {
        services.AddSingleton<IReminderOutbox, EfReminderOutbox>();
        services.AddSingleton<IEmailSender, MailKitEmailSender>();
        services.AddHttpClient(HttpWebhookSender.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false })
            .RemoveAllLoggers();
        services.AddSingleton<IWebhookSender, HttpWebhookSender>();
        return services;
    }
}
