using IamPortal.Application.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace IamPortal.Infrastructure.Notifications;

/// <summary>
/// Sends through the <c>Notifications:Smtp</c> server with MailKit: one connection per message (reminders are few and
/// spread out), TLS as configured, AUTH when a user name is set. No protocol log (it would carry the AUTH exchange);
/// a failure becomes a <see cref="NotificationDeliveryException"/> naming the host, never the credentials.
/// </summary>
public sealed class MailKitEmailSender(IOptionsMonitor<NotificationOptions> options) : IEmailSender
{
    public bool IsConfigured => options.CurrentValue.Smtp.IsConfigured;

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        var smtp = options.CurrentValue.Smtp;
        if (!smtp.IsConfigured) throw new NotificationDeliveryException("Email is not configured (Notifications:Smtp:Host and From).");
        try
        {
            var mime = new MimeMessage { Subject = message.Subject };
            mime.From.Add(MailboxAddress.Parse(smtp.From));
            mime.To.Add(new MailboxAddress(message.ToName, message.ToAddress));
            mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();

            using var client = new SmtpClient { Timeout = (int)Math.Clamp(smtp.Timeout.TotalMilliseconds, 1000, int.MaxValue) };
            await client.ConnectAsync(smtp.Host, smtp.Port, Map(smtp.SecureSocketOptions), ct);
            if (!string.IsNullOrEmpty(smtp.UserName)) await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", ct);
            await client.SendAsync(mime, ct);
            await client.DisconnectAsync(true, ct);
        }
        catch (Exception e) when (e is not (OperationCanceledException or NotificationDeliveryException))
        {
            var what = e switch
            {
                AuthenticationException => "refused the sign-in (check Notifications:Smtp:UserName and Password)",
                SmtpCommandException command => $"refused the message ({(int)command.StatusCode} {command.StatusCode})",
                SmtpProtocolException => "broke the SMTP conversation",
                ParseException => "could not use an address (check Notifications:Smtp:From)",
                _ => "could not be reached or failed",
            };
            // The inner message is MailKit's ("535: authentication failed", "Connection refused"): no credential in it.
            throw new NotificationDeliveryException($"SMTP server {smtp.Host}:{smtp.Port} {what}: {e.GetType().Name}: {e.Message}");
        }
    }

    private static SecureSocketOptions Map(SmtpTlsMode mode) => mode switch
    {
        SmtpTlsMode.None => SecureSocketOptions.None,
        SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
        SmtpTlsMode.StartTlsWhenAvailable => SecureSocketOptions.StartTlsWhenAvailable,
        _ => SecureSocketOptions.Auto,
    };
}
