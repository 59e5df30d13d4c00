namespace IamPortal.Application.Notifications;

/// <summary>
/// What may appear in logs, the outbox and the UI about the channels: the SMTP host, the webhook's scheme, host and
/// port. The SMTP password and the webhook URL's path and query (a Slack URL's token) never do.
/// </summary>
public static class NotificationRedaction
{
    /// <summary>"https://hooks.slack.com/…" for "https://hooks.slack.com/services/T0/B0/secret".</summary>
    public static string RedactUrl(Uri? url) =>
        url is null ? "" : url.GetLeftPart(UriPartial.Authority) + (url.PathAndQuery is "/" or "" ? "" : "/…");

    /// <summary>The failure in one line, with every configured secret replaced.</summary>
    public static string Describe(Exception e, NotificationOptions options)
    {
        var text = e is NotificationDeliveryException ? e.Message : $"{e.GetType().Name}: {e.Message}";
        if (e is NotificationDeliveryException { InnerException: { } inner }) text += $" ({inner.GetType().Name}: {inner.Message})";
        return Scrub(text, options);
    }

    public static string Scrub(string text, NotificationOptions options)
    {
        foreach (var secret in Secrets(options))
            text = text.Replace(secret, "***", StringComparison.OrdinalIgnoreCase);
        return text.ReplaceLineEndings(" ");
    }

    private static IEnumerable<string> Secrets(NotificationOptions options)
    {
        if (!string.IsNullOrEmpty(options.Smtp.Password)) yield return options.Smtp.Password;
        if (!string.IsNullOrWhiteSpace(options.Webhook.Url)) yield return options.Webhook.Url;
        if (options.Webhook.Endpoint is { } url)
        {
            yield return url.AbsoluteUri;
            if (url.PathAndQuery.Length > 1) yield return url.PathAndQuery;
            if (url.AbsolutePath.Length > 1) yield return url.AbsolutePath;
            if (url.Query.Length > 1) yield return url.Query;
        }
    }
}
