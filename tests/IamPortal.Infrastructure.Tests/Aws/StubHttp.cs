namespace IamPortal.Infrastructure.Tests.Aws;

/// <summary>An HTTP handler that answers from a function of the request (and its body) and records every request it saw.</summary>
internal sealed class StubHttpHandler(Func<HttpRequestMessage, string, HttpResponseMessage> respond) : HttpMessageHandler
{
    public StubHttpHandler(Func<string, HttpResponseMessage> respond) : this((_, body) => respond(body))
    {
    }

    public List<HttpRequestMessage> Requests { get; } = [];
    public List<string> Bodies { get; } = [];

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = await request.Content!.ReadAsStringAsync(cancellationToken);
        lock (Requests)
        {
            Requests.Add(request);
            Bodies.Add(body);
        }
        return respond(request, body);
    }
}

/// <summary>Hands every named client the same stub handler.</summary>
internal sealed class StubHttpClientFactory(HttpMessageHandler handler) : IHttpClientFactory
{
    public HttpClient CreateClient(string name) => new(handler, disposeHandler: false);
}
