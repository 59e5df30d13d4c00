using IamPortal.Application;
using IamPortal.Infrastructure;
using IamPortal.Infrastructure.Persistence;
using IamPortal.Web.Components.Layout;
using IamPortal.Web.Components.Shared;
using IamPortal.Web.Demo;
using IamPortal.Web.Features.Users;
using IamPortal.Web.Health;
using IamPortal.Web.Hosting;
using MudBlazor.Services;

namespace IamPortal.Web.Extensions;

public static class PortalServicesExtensions
{
    /// <summary>Everything the portal needs, grouped: IAM access, the product's services, the UI, sign-in, health.</summary>
    public static WebApplicationBuilder AddPortalServices(this WebApplicationBuilder builder)
    {
        // Who acts: operator sign-in, roles and the operator context. First, so a host that must not start (no SSO
        // outside Development) fails before anything else starts.
        builder.AddPortalAuthentication();

        // Where IAM is: real AWS (default credential chain and AWS settings) or the Sandbox in demo mode (registered
        // before the other hosted services, so the host starts it before anything calls IAM and stops it last).
        var mode = PortalModeResolver.Resolve(builder.Configuration);
        if (mode == PortalMode.Demo)
        {
            var sandbox = builder.AddDemoSandbox();
            builder.Services.AddInfrastructure(builder.Configuration, sandbox);
            builder.Services.AddHostedService<ReviewDemoSeeder>();
        }
        else
        {
            builder.Services.AddSingleton(new PortalRuntime(PortalMode.Aws, null));
            builder.Services.AddInfrastructure(builder.Configuration);
        }

        // The product's rules and queries, and the portal's own database (audit log, jobs, settings; SQLite in
        // Portal:DataPath unless ConnectionStrings:Portal says otherwise), which also keeps the Data Protection keys.
        builder.Services.AddApplication(builder.Configuration);
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<IamPortal.Application.Accounts.IRequestedAccount, Features.Accounts.UrlRequestedAccount>();
        builder.Services.AddPortalPersistence(builder.Configuration, builder.Environment.ContentRootPath);
        builder.AddPortalDataProtection();
        builder.Services.AddHostedService<PortalDatabaseMigrator>();
        builder.Services.AddHostedService<InventoryRefreshService>();
        builder.Services.AddHostedService<TrendSnapshotService>(); // scheduled hygiene snapshot, once per deployment (ADR 0023)
        builder.Services.AddSingleton<JobRecoveryService>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<JobRecoveryService>());
        builder.Services.AddHostedService<NotificationDeliveryService>();
        builder.Services.AddHostedService<ReviewSchedulerService>();

        // Blazor Server + MudBlazor. Every input's cap fits in one circuit message (InputLimits), so a paste never drops it.
        builder.Services.AddRazorComponents().AddInteractiveServerComponents()
            .AddHubOptions(hub => hub.MaximumReceiveMessageSize = InputLimits.MaximumReceiveMessageSize);
        builder.Services.AddMudServices(mud => PortalTheme.ConfigureSnackbars(mud.SnackbarConfiguration));
        builder.Services.AddScoped<UsersGridColumns>();

        // /healthz (host up) and /healthz/ready (IAM reachable).
        builder.Services.AddHealthChecks()
            .AddCheck<IamReachabilityHealthCheck>(IamReachabilityHealthCheck.Name, tags: ["ready"]);
        return builder;
    }
}
