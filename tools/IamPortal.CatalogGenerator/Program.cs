using IamPortal.Application.Policies.Catalog;
using IamPortal.CatalogGenerator;

// dotnet run --project tools/IamPortal.CatalogGenerator -- <reference.tar.gz> <action-catalog.json.gz>
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: IamPortal.CatalogGenerator <service-authorization-reference.tar.gz> <action-catalog.json.gz>");
    return 2;
}

var pages = new List<CatalogService>();
var skipped = new List<string>();
using (var archive = File.OpenRead(args[0]))
{
    foreach (var (name, html) in ReferenceArchive.ReadPages(archive))
    {
        if (ReferencePageParser.Parse(html) is { } service) pages.Add(service);
        else skipped.Add(name);
    }
}

var catalog = CatalogBuilder.Build(pages);
using (var output = File.Create(args[1])) CatalogFormat.Write(catalog, output);

Console.WriteLine($"{pages.Count} pages, {catalog.Count} services, {catalog.Sum(s => s.Actions.Count)} actions, "
    + $"{catalog.Sum(s => s.ResourceTypes.Count)} resource types -> {args[1]} ({new FileInfo(args[1]).Length / 1024} KiB)");
foreach (var name in skipped) Console.WriteLine($"skipped (no service prefix): {name}");
return 0;
