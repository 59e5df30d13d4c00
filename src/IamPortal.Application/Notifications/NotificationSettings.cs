namespace IamPortal.Application.Notifications;

/// <summary>The SMTP settings as the settings page may show them: no password, only whether one is set.</summary>
public sealed record SmtpSettingsView(
    bool Configured, string? Host, int Port, SmtpTlsMode TlsMode, string? From, string? UserName, bool PasswordConfigured);

/// <summary>The webhook as the settings page may show it: scheme and host only (the path and query carry its token).</summary>
public sealed record WebhookSettingsView(bool Configured, string? Destination, WebhookFormat Format);

public sealed record NotificationChannelsView(SmtpSettingsView Smtp, WebhookSettingsView Webhook);

/// <summary>Where a test message went ("lead@example.com through smtp.example.com:587").</summary>
public sealed record TestMessageResult(ReminderChannel Channel, string SentTo);
