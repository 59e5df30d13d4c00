using Microsoft.AspNetCore.Hosting;
using IamPortal.Web.Components;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IamPortal.Web.Tests.Host;

/// <summary>
/// The real portal host in demo mode: it starts its own Sandbox (30 users) with data in a temporary folder. Requests are
/// signed in as the Development provider's Security admin persona unless <see cref="AutoSignInPersona"/> says otherwise
/// (null: the persona picker, as a person sees it).
/// </summary>
/// <remarks>
/// Keyed on <see cref="App"/> rather than <c>Program</c>: the referenced Sandbox is an executable too, and since .NET 10
/// both assemblies expose a public <c>Program</c>. Any type of the portal's assembly names its entry point.
/// </remarks>
public class DemoPortalFactory : WebApplicationFactory<App>
{
    public const int SeedUsers = 30;

    protected virtual string? AutoSignInPersona => "SecurityAdmin";

    public string DataPath { get; } = Path.Combine(Path.GetTempPath(), "iamportal-web-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        // UseSetting reaches the configuration before Program reads it (unlike ConfigureAppConfiguration).
        builder.UseSetting("Portal:Mode", "Demo");
        builder.UseSetting("Portal:DataPath", DataPath);
        builder.UseSetting("Sandbox:Url", "");
        builder.UseSetting("Sandbox:SeedUsers", SeedUsers.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Sandbox:Seed", "7");
        builder.UseSetting("Authentication:Provider", "Development");
        builder.UseSetting("Authentication:Development:AutoSignIn", AutoSignInPersona ?? "");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataPath, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a temp folder left behind is harmless.
        }
    }
}
