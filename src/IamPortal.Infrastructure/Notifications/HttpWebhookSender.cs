using System.Text;
using IamPortal.Application.Notifications;
using Microsoft.Extensions.Options;

namespace IamPortal.Infrastructure.Notifications;

/// <summary>
/// POSTs the JSON body to <c>Notifications:Webhook:Url</c> through a named HttpClient with its request logging
/// removed (it would log the URL, whose path is the token of a Slack webhook) and no redirects. A non-2xx answer or
/// no answer becomes a <see cref="NotificationDeliveryException"/> naming the scheme and host only.
/// </summary>
public sealed class HttpWebhookSender(IHttpClientFactory clients, IOptionsMonitor<NotificationOptions> options) : IWebhookSender
{
    public const string HttpClientName = "notifications-webhook";

    public bool IsConfigured => options.CurrentValue.Webhook.IsConfigured;

    public async Task PostAsync(string json, CancellationToken ct = default)
    {
        var hook = options.CurrentValue.Webhook;
        var url = hook.Endpoint ?? throw new NotificationDeliveryException("The webhook is not configured (Notifications:Webhook:Url).");
        var where = NotificationRedaction.RedactUrl(url);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(hook.Timeout);
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        try
        {
            using var response = await clients.CreateClient(HttpClientName).PostAsync(url, content, timeout.Token);
            if (!response.IsSuccessStatusCode)
                throw new NotificationDeliveryException($"The webhook at {where} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
        }
        catch (HttpRequestException e)
        {
            throw new NotificationDeliveryException($"The webhook at {where} could not be reached ({e.HttpRequestError}).");
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            throw new NotificationDeliveryException($"The webhook at {where} did not answer within {hook.Timeout.TotalSeconds:0} s.");
        }
    }
}
