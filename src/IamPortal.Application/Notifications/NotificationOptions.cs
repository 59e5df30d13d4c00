using System.Diagnostics.CodeAnalysis;

namespace IamPortal.Application.Notifications;

/// <summary>
/// The <c>Notifications</c> section: how review reminders leave the portal. Bound from configuration and environment
/// only (<c>Notifications__Smtp__Password</c>, ...): never stored in the database, never logged, never shown.
/// </summary>
public sealed class NotificationOptions
{
    public const string Section = "Notifications";

    public SmtpOptions Smtp { get; set; } = new();
    public WebhookOptions Webhook { get; set; } = new();
    public DeliveryOptions Delivery { get; set; } = new();
}

/// <summary>MailKit's SecureSocketOptions, by name: Auto (TLS on 465, STARTTLS when offered), None, SslOnConnect, StartTls, StartTlsWhenAvailable.</summary>
public enum SmtpTlsMode { Auto, None, SslOnConnect, StartTls, StartTlsWhenAvailable }

/// <summary><c>Notifications:Smtp</c>. Email is on when Host and From are set.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public SmtpTlsMode SecureSocketOptions { get; set; } = SmtpTlsMode.Auto;
    /// <summary>The sender, "IAM Portal &lt;iam-portal@example.com&gt;" or a bare address.</summary>
    public string? From { get; set; }
    /// <summary>Empty: no SMTP authentication.</summary>
    public string? UserName { get; set; }
    public string? Password { get; set; }
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    [MemberNotNullWhen(true, nameof(Host), nameof(From))]
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Host) && !string.IsNullOrWhiteSpace(From);
}

/// <summary>The webhook's body: the portal's own JSON schema (ADR 0020) or a Slack incoming-webhook message.</summary>
public enum WebhookFormat { Json, Slack }

/// <summary><c>Notifications:Webhook</c>. On when Url is an absolute http(s) URL; its path and query count as a secret.</summary>
public sealed class WebhookOptions
{
    public string? Url { get; set; }
    public WebhookFormat Format { get; set; } = WebhookFormat.Json;
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    public Uri? Endpoint => Uri.TryCreate(Url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" ? uri : null;

    public bool IsConfigured => Endpoint is not null;
}

/// <summary><c>Notifications:Delivery</c>: the background sender's pace and retries.</summary>
public sealed class DeliveryOptions
{
    /// <summary>How often each instance looks for reminders to send.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(15);
    /// <summary>Attempts per reminder and channel before it is marked failed.</summary>
    public int MaxAttempts { get; set; } = 8;
    /// <summary>The wait after the first failure; doubled after each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(30);
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(30);
    /// <summary>How long an instance owns a reminder it claimed; after that (the instance died mid-send) another takes it.</summary>
    public TimeSpan ClaimTimeout { get; set; } = TimeSpan.FromMinutes(2);
    public int BatchSize { get; set; } = 20;

    /// <summary>The wait before the attempt after <paramref name="failedAttempts"/> failures: RetryDelay × 2^(n−1), capped.</summary>
    public TimeSpan BackoffAfter(int failedAttempts)
    {
        var factor = Math.Pow(2, Math.Clamp(failedAttempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(RetryDelay.Ticks * factor, MaxRetryDelay.Ticks));
        return delay < TimeSpan.Zero ? TimeSpan.Zero : delay;
    }
}
