using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting;

namespace IamPortal.Web.Tests.Host;

/// <summary>
/// The demo portal in Production with Oidc sign-in whose authority is a closed loopback port: the identity provider is
/// down. Nobody is signed in automatically.
/// </summary>
public sealed class UnreachableProviderPortalFactory : DemoPortalFactory
{
    public Uri Authority { get; } = new($"http://127.0.0.1:{ClosedPort()}/");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseEnvironment("Production");
        builder.UseSetting("Authentication:Provider", "Oidc");
        builder.UseSetting("Oidc:Authority", Authority.AbsoluteUri);
        builder.UseSetting("Oidc:ClientId", "iam-portal");
        builder.UseSetting("Oidc:ClientSecret", "not-a-real-secret");
        builder.UseSetting("Oidc:RequireHttpsMetadata", "false");
    }

    /// <summary>A loopback port nothing listens on: bound once to learn a free one, then released.</summary>
    internal static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
