namespace IamPortal.Application.Notifications;

/// <summary>An email, already composed: plain text and HTML.</summary>
public sealed record EmailMessage(string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody);

/// <summary>Sends an email through the configured SMTP server (Infrastructure: MailKit).</summary>
public interface IEmailSender
{
    bool IsConfigured { get; }
    Task SendAsync(EmailMessage message, CancellationToken ct = default);
}

/// <summary>POSTs a JSON body to the configured webhook (Infrastructure: HttpClient).</summary>
public interface IWebhookSender
{
    bool IsConfigured { get; }
    Task PostAsync(string json, CancellationToken ct = default);
}

/// <summary>A delivery that did not go through; the message names the host or the status, never a credential or the webhook's path.</summary>
public sealed class NotificationDeliveryException(string message, Exception? inner = null) : Exception(message, inner);
