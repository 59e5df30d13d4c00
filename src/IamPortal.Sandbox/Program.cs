using System.Globalization;
using System.Runtime.InteropServices;
using IamPortal.Sandbox;

// Standalone sandbox: dotnet run --project src/IamPortal.Sandbox -- --urls http://127.0.0.1:4566 [--data-file path] [--seed-users N] [--seed S]
var options = new SandboxOptions { Urls = "http://127.0.0.1:4566" };
for (var i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"Missing value after {args[i]}");
    switch (args[i])
    {
        case "--urls": options.Urls = Next(); break;
        case "--data-file": options.DataFile = Next(); break;
        case "--seed-users": options.SeedUsers = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        case "--seed": options.Seed = int.Parse(Next(), CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"Unknown argument {args[i]}. Usage: --urls URL [--data-file PATH] [--seed-users N] [--seed S]");
            return 2;
    }
}

await using var server = await SandboxServer.StartAsync(options);
var url = server.BaseUrl.ToString().TrimEnd('/');
Console.WriteLine($"IAM sandbox listening on {url} (account {SandboxAccount.AccountId}, alias {SandboxAccount.Alias})");
Console.WriteLine(options.DataFile is null ? "State: in memory only" : $"State file: {Path.GetFullPath(options.DataFile)}");
Console.WriteLine();
Console.WriteLine("Use it with the AWS CLI:");
Console.WriteLine($"  export AWS_ACCESS_KEY_ID={SandboxAccount.OperatorAccessKeyId}");
Console.WriteLine($"  export AWS_SECRET_ACCESS_KEY={SandboxAccount.OperatorSecretAccessKey}");
Console.WriteLine($"  export AWS_DEFAULT_REGION={SandboxAccount.Region}");
Console.WriteLine($"  aws iam list-users --endpoint-url {url}");
Console.WriteLine($"  aws sts get-caller-identity --endpoint-url {url}");
Console.WriteLine();
Console.WriteLine($"Control (unsigned, local only): {url}/_sandbox/health, /_sandbox/stats, /_sandbox/faults");
Console.WriteLine("Press Ctrl+C to stop.");

var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    stop.TrySetResult();
}
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
await stop.Task;
Console.WriteLine("Stopping (saving state)...");
return 0;
