using IamPortal.Benchmarks;

// Scale measurements for IamPortal (not timings asserted in tests): see README "Benchmarks".
//   dotnet run -c Release --project tests/IamPortal.Benchmarks -- [inventory] [browser] [--sizes 1000,5000,10000]
//   dotnet run -c Release --project tests/IamPortal.Benchmarks -- auditors [--sizes 5000]
//   dotnet run -c Release --project tests/IamPortal.Benchmarks -- load [--users 5000] [--operators 50] [--rounds 3] [--think-ms 1000]
//   dotnet run -c Release --project tests/IamPortal.Benchmarks -- audit-append --connection "<portal database>" --count 200
if (args.FirstOrDefault() == "audit-append")
{
    Console.WriteLine(await AuditAppendBenchmark.RunAsync(args));
    return;
}

string? Option(string name) => args.SkipWhile(a => a != name).Skip(1).FirstOrDefault();
var sizes = Option("--sizes")?.Split(',').Select(int.Parse).ToArray() ?? [1_000, 5_000, 10_000];
var all = !args.Any(a => a is "inventory" or "browser" or "load" or "auditors" or "organization");

if (all || args.Contains("inventory"))
{
    Console.WriteLine("Inventory over the Sandbox via the real IAM client (HTTP + SigV4)");
    Console.WriteLine(InventoryBenchmark.Header);
    foreach (var n in sizes) Console.WriteLine((await InventoryBenchmark.RunAsync(n)).ToString());
}

if (args.Contains("auditors"))
{
    Console.WriteLine("Auditors: IAM requests per refresh against ceil(N/1000) + ceil(M/1000) + 3, and the trends computations");
    Console.WriteLine(AuditorsBenchmark.Header);
    foreach (var n in sizes) Console.WriteLine((await AuditorsBenchmark.RunAsync(n)).ToString());
}

// dotnet run -c Release --project tests/IamPortal.Benchmarks -- organization [--accounts 50] [--users 1000] [--parallelism 4]
if (args.Contains("organization"))
{
    Console.WriteLine("Organization: full refresh of every account (IAM + STS through AssumeRole), overview and search across accounts");
    Console.WriteLine(OrganizationBenchmark.Header);
    Console.WriteLine(await OrganizationBenchmark.RunAsync(int.Parse(Option("--accounts") ?? "50"), int.Parse(Option("--users") ?? "1000"),
        int.Parse(Option("--parallelism") ?? "4")));
}

if (all || args.Contains("browser"))
{
    Console.WriteLine();
    Console.WriteLine("Users list in Chromium, portal in demo mode with a seeded Sandbox");
    foreach (var n in sizes.Where(s => s >= 10_000).DefaultIfEmpty(sizes.Max()))
        Console.WriteLine(await BrowserBenchmark.RunAsync(n));
}

// Not part of the default run: it takes minutes and most of the machine.
if (args.Contains("load"))
{
    Console.WriteLine();
    Console.WriteLine("Operators at once, each a browser context (a circuit) in one Chromium, portal in demo mode");
    Console.WriteLine(await LoadBenchmark.RunAsync(new LoadOptions(
        int.Parse(Option("--users") ?? "5000"), int.Parse(Option("--operators") ?? "50"),
        int.Parse(Option("--rounds") ?? "3"), int.Parse(Option("--think-ms") ?? "1000"))));
}
