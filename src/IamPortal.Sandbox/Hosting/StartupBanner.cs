using IamPortal.Sandbox.Organization;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Hosting;

namespace IamPortal.Sandbox.Hosting;

/// <summary>The standalone Sandbox's console greeting once it listens: the URL, the data file, the accounts and how to call it.</summary>
internal sealed class StartupBanner(IServer server, IHostApplicationLifetime lifetime, SandboxOptions options, SandboxOrganization organization) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Print);
        lifetime.ApplicationStopping.Register(() => Console.WriteLine("Stopping (saving state)..."));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Print()
    {
        var url = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()?.TrimEnd('/') ?? "(unknown)";
        Console.WriteLine($"IAM sandbox listening on {url} (account {organization.Management.Id}, alias {SandboxAccount.Alias})");
        Console.WriteLine(options.DataFile is null ? "State: in memory only" : $"State file: {Path.GetFullPath(options.DataFile)}");
        if (organization.Enabled)
        {
            Console.WriteLine($"Organization {organization.OrganizationId}: {organization.Accounts.Count} accounts (operator key id per account)");
            foreach (var a in organization.Accounts.Take(10))
                Console.WriteLine($"  {a.Id}  {a.Name,-14} {a.Status,-9} {a.OperatorAccessKeyId}");
            if (organization.Accounts.Count > 10) Console.WriteLine($"  ... and {organization.Accounts.Count - 10} more (GET {url}/_sandbox/accounts)");
        }
        Console.WriteLine();
        Console.WriteLine("Use it with the AWS CLI:");
        Console.WriteLine($"  export AWS_ACCESS_KEY_ID={SandboxAccount.OperatorAccessKeyId}");
        Console.WriteLine($"  export AWS_SECRET_ACCESS_KEY={SandboxAccount.OperatorSecretAccessKey}");
        Console.WriteLine($"  export AWS_DEFAULT_REGION={SandboxAccount.Region}");
        Console.WriteLine($"  aws iam list-users --endpoint-url {url}");
        Console.WriteLine($"  aws sts get-caller-identity --endpoint-url {url}");
        if (organization.Enabled) Console.WriteLine($"  aws organizations list-accounts --endpoint-url {url}");
        Console.WriteLine();
        Console.WriteLine($"Control (unsigned, local only): {url}/_sandbox/health, /_sandbox/stats, /_sandbox/faults, /_sandbox/accounts, /_sandbox/events");
        Console.WriteLine("Press Ctrl+C to stop.");
    }
}
