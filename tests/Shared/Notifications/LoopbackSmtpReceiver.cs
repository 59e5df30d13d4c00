using System.Buffers;
using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using MimeKit;
using SmtpServer;
using SmtpServer.Authentication;
using SmtpServer.ComponentModel;
using SmtpServer.Mail;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace IamPortal.Tests.Shared.Notifications;

/// <summary>A message the loopback SMTP receiver accepted, parsed with MimeKit.</summary>
public sealed record ReceivedMail(
    string EnvelopeFrom,
    IReadOnlyList<string> EnvelopeTo,
    string? AuthenticatedUser,
    MimeMessage Message)
{
    public string Subject => Message.Subject ?? "";
    public string TextBody => Message.TextBody ?? "";
    public string HtmlBody => Message.HtmlBody ?? "";
}

/// <summary>
/// A real SMTP server (the SmtpServer package) on 127.0.0.1 and a free port, started by a test. Plain SMTP (no TLS):
/// point the portal at it with <c>Notifications:Smtp:Host=127.0.0.1</c>, <c>Port=<see cref="Port"/></c>,
/// <c>SecureSocketOptions=None</c>. With a user name and password it requires AUTH (PLAIN/LOGIN over the plain channel).
/// <see cref="RejectNext"/> makes the next N messages fail with a transient 451, to exercise retries.
/// </summary>
public sealed class LoopbackSmtpReceiver : IAsyncDisposable
{
    private readonly ConcurrentQueue<ReceivedMail> _messages = new();
    private readonly CancellationTokenSource _stop = new();
    private SmtpServer.SmtpServer? _server;
    private Task _running = Task.CompletedTask;
    private int _rejectNext;
    private int _rejected;

    private LoopbackSmtpReceiver(int port) => Port = port;

    public string Host => "127.0.0.1";
    public int Port { get; }

    /// <summary>Every message accepted so far, in arrival order.</summary>
    public IReadOnlyList<ReceivedMail> Messages => _messages.ToArray();

    /// <summary>How many messages were refused because of <see cref="RejectNext"/>.</summary>
    public int Rejected => Volatile.Read(ref _rejected);

    /// <summary>The next N messages are refused with 451 (a transient failure the sender should retry).</summary>
    public int RejectNext { get => Volatile.Read(ref _rejectNext); set => Volatile.Write(ref _rejectNext, value); }

    public static async Task<LoopbackSmtpReceiver> StartAsync(string? userName = null, string? password = null)
    {
        var receiver = new LoopbackSmtpReceiver(FreePort());
        var endpoint = new EndpointDefinitionBuilder()
            .Endpoint(new IPEndPoint(IPAddress.Loopback, receiver.Port))
            .IsSecure(false)
            .AllowUnsecureAuthentication(true)
            .AuthenticationRequired(userName is not null)
            .Build();
        var options = new SmtpServerOptionsBuilder().ServerName("localhost").Endpoint(endpoint).Build();
        var services = new ServiceProvider();
        services.Add(new Store(receiver));
        if (userName is not null)
            services.Add(new DelegatingUserAuthenticator((context, user, pass) =>
            {
                var ok = user == userName && pass == password;
                if (ok) context.Properties["portal-test-user"] = user;
                return ok;
            }));
        receiver._server = new SmtpServer.SmtpServer(options, services);
        receiver._running = receiver._server.StartAsync(receiver._stop.Token);
        await receiver.WaitUntilListeningAsync();
        return receiver;
    }

    /// <summary>Waits for a message that matches (any message when no predicate), or fails after the timeout.</summary>
    public async Task<ReceivedMail> WaitForMessageAsync(Func<ReceivedMail, bool>? match = null, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (true)
        {
            var found = _messages.FirstOrDefault(m => match?.Invoke(m) ?? true);
            if (found is not null) return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"No matching message reached the SMTP receiver on port {Port} ({_messages.Count} received).");
            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _server?.Shutdown();
        try { await _running.WaitAsync(TimeSpan.FromSeconds(5)); }
        catch (Exception e) when (e is OperationCanceledException or TimeoutException) { }
        _stop.Dispose();
    }

    private async Task WaitUntilListeningAsync()
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) { await Task.Delay(50); }
        }
        throw new InvalidOperationException($"The loopback SMTP receiver did not start on port {Port}.");
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private sealed class Store(LoopbackSmtpReceiver receiver) : MessageStore
    {
        public override async Task<SmtpResponse> SaveAsync(
            ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref receiver._rejectNext) >= 0)
            {
                Interlocked.Increment(ref receiver._rejected);
                return new SmtpResponse(SmtpReplyCode.MailboxUnavailable, "Try again later (loopback receiver told to refuse)");
            }
            Interlocked.Exchange(ref receiver._rejectNext, 0);
            await using var stream = new MemoryStream(buffer.ToArray());
            var message = await MimeMessage.LoadAsync(stream, cancellationToken);
            context.Properties.TryGetValue("portal-test-user", out var user);
            receiver._messages.Enqueue(new ReceivedMail(
                transaction.From?.AsAddress() ?? "",
                transaction.To.Select(t => t.AsAddress()).ToList(),
                user as string,
                message));
            return SmtpResponse.Ok;
        }
    }
}
