using System.Diagnostics.Metrics;
using Amazon.Runtime;
using IamPortal.Application.Accounts;
using IamPortal.Infrastructure.Aws;
using IamPortal.Infrastructure.Aws.RoleSessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

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

/// <summary>The clients under test wired by hand over a <see cref="StubHttpHandler"/>: no Sandbox, no host.</summary>
internal static class StubbedAws
{
    public static IMeterFactory Meters { get; } = new ServiceCollection().AddMetrics().BuildServiceProvider().GetRequiredService<IMeterFactory>();

    /// <summary>A connection to a made-up IAM endpoint with the given credentials.</summary>
    public static IamConnection Connection(AWSCredentials credentials, string region = "us-east-1", Uri? organizationsEndpoint = null) =>
        new(new Uri("https://iam.example.test/"), null, region, () => credentials,
            new AwsConnectionInfo("https://iam.example.test/", region, "test", false, null), organizationsEndpoint);

    /// <summary>An IAM client for <paramref name="accessor"/>'s target; role sessions come from <paramref name="assumer"/>.</summary>
    public static IamQueryClient IamClient(StubHttpHandler handler, AWSCredentials credentials, IamClientOptions options,
        IAwsTargetAccessor? accessor = null, IRoleAssumer? assumer = null)
    {
        var wrapped = Options.Create(options);
        var transport = new IamHttpTransport(new StubHttpClientFactory(handler), Connection(credentials),
            new RoleSessionCache(assumer ?? new FakeRoleAssumer(), TimeProvider.System), wrapped, new IamTelemetry(Meters),
            NullLogger<IamHttpTransport>.Instance);
        return new IamQueryClient(transport, wrapped, accessor ?? new PortalOwnTarget());
    }
}
