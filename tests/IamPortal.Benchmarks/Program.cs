using IamPortal.Benchmarks;

// Scale measurements for IamPortal (not timings asserted in tests): see README "Benchmarks".
//   dotnet run -c Release --project tests/IamPortal.Benchmarks -- [inventory] [browser] [--sizes 1000,5000,10000]
//   dotnet run -c Release --project tests/IamPortal.Benchmarks -- audit-append --connection "<portal database>" --count 200
if (args.FirstOrDefault() == "audit-append")
{
    Console.WriteLine(await AuditAppendBenchmark.RunAsync(args));
    return;
}

var sizes = args.SkipWhile(a => a != "--sizes").Skip(1).FirstOrDefault()?.Split(',').Select(int.Parse).ToArray()
            ?? [1_000, 5_000, 10_000];
var all = !args.Any(a => a is "inventory" or "browser");

if (all || args.Contains("inventory"))
{
    Console.WriteLine("Inventory over the Sandbox via the real IAM client (HTTP + SigV4)");
    Console.WriteLine(InventoryBenchmark.Header);
    foreach (var n in sizes) Console.WriteLine((await InventoryBenchmark.RunAsync(n)).ToString());
}

if (all || args.Contains("browser"))
{
    Console.WriteLine();
    Console.WriteLine("Users list in Chromium, portal in demo mode with a seeded Sandbox");
    foreach (var n in sizes.Where(s => s >= 10_000).DefaultIfEmpty(sizes.Max()))
        Console.WriteLine(await BrowserBenchmark.RunAsync(n));
}
