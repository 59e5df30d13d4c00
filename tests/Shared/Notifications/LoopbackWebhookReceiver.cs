using System.Collections.Concurrent;
using System.Net;
using System.Text;
using System.Text.Json;

namespace IamPortal.Tests.Shared.Notifications;

/// <summary>One POST the webhook receiver got, with the status it answered.</summary>
public sealed record ReceivedWebhook(string Method, string PathAndQuery, string? ContentType, string Body, int RespondedWith)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}

/// <summary>
/// A real HTTP server (HttpListener) on 127.0.0.1 and a free port, started by a test, that records every request.
/// <see cref="Url"/> carries a secret-looking path (like a Slack incoming-webhook URL) so tests can prove it is never
/// logged. The first answers follow the status codes given to <see cref="Start"/> (e.g. 500, then 200); after them,
/// every request gets 200.
/// </summary>
public sealed class LoopbackWebhookReceiver : IAsyncDisposable
{
    public const string SecretPath = "/services/T0PORTAL/B0TEST/s3cr3t-webhook-token";

    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<ReceivedWebhook> _requests = new();
    private readonly ConcurrentQueue<int> _statuses;
    private readonly Task _loop;

    private LoopbackWebhookReceiver(int port, IEnumerable<int> statuses)
    {
        Port = port;
        _statuses = new ConcurrentQueue<int>(statuses);
        _listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary>The URL to configure as <c>Notifications:Webhook:Url</c>.</summary>
    public Uri Url => new($"http://127.0.0.1:{Port}{SecretPath}?token=s3cr3t-query");

    /// <summary>Every request so far, failed answers included, in arrival order.</summary>
    public IReadOnlyList<ReceivedWebhook> Requests => _requests.ToArray();

    /// <summary>The requests answered with a 2xx status.</summary>
    public IReadOnlyList<ReceivedWebhook> Accepted => _requests.Where(r => r.RespondedWith is >= 200 and < 300).ToArray();

    public static LoopbackWebhookReceiver Start(params int[] firstStatuses) =>
        new(LoopbackSmtpReceiver.FreePort(), firstStatuses);

    /// <summary>Waits until at least <paramref name="count"/> requests were answered with 2xx, or fails after the timeout.</summary>
    public async Task<IReadOnlyList<ReceivedWebhook>> WaitForAcceptedAsync(int count = 1, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var accepted = Accepted;
            if (accepted.Count >= count) return accepted;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"The webhook receiver on port {Port} accepted {accepted.Count} of {count} requests ({_requests.Count} received).");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _listener.Stop();
        try { await _loop.WaitAsync(TimeSpan.FromSeconds(5)); }
        catch (TimeoutException) { }
        _listener.Close();
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
            using var reader = new StreamReader(context.Request.InputStream, context.Request.ContentEncoding ?? Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var status = _statuses.TryDequeue(out var next) ? next : 200;
            _requests.Enqueue(new ReceivedWebhook(
                context.Request.HttpMethod, context.Request.Url?.PathAndQuery ?? "", context.Request.ContentType, body, status));
            context.Response.StatusCode = status;
            var answer = Encoding.UTF8.GetBytes(status is >= 200 and < 300 ? "ok" : "failure requested by the test");
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }
}
