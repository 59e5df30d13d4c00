using System.IO.Compression;
using System.Text.Json;

namespace IamPortal.Application.Policies.Catalog;

/// <summary>
/// The compact catalogue file (gzip of JSON), written by tools/IamPortal.CatalogGenerator and read by <see cref="ActionCatalog"/>:
/// <c>{"v":1,"services":[{"p":prefix,"n":name,"r":[[type,arn]...],"xr":[type...],"k":[key...],"xk":[key...],
/// "a":[[name,level,[type index*2 + 1 when required...],[key index...]]...]}]}</c>.
/// Indices run over "r" then "xr" (types an action names that the page's resource table lacks), and over "k" then "xk".
/// </summary>
public static class CatalogFormat
{
    public const int Version = 1;

    public static void Write(IEnumerable<CatalogService> services, Stream destination)
    {
        using var gzip = new GZipStream(destination, CompressionLevel.SmallestSize, leaveOpen: true);
        using var json = new Utf8JsonWriter(gzip);
        json.WriteStartObject();
        json.WriteNumber("v", Version);
        json.WriteStartArray("services");
        foreach (var service in services) WriteService(json, service);
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static IReadOnlyList<CatalogService> Read(Stream source)
    {
        using var gzip = new GZipStream(source, CompressionMode.Decompress, leaveOpen: true);
        using var document = JsonDocument.Parse(gzip);
        var root = document.RootElement;
        if (root.GetProperty("v").GetInt32() != Version)
            throw new InvalidDataException($"The action catalogue has format version {root.GetProperty("v").GetInt32()}; this build reads {Version}.");
        return [.. root.GetProperty("services").EnumerateArray().Select(ReadService)];
    }

    private static void WriteService(Utf8JsonWriter json, CatalogService service)
    {
        var resourceTypes = service.ResourceTypes.DistinctBy(t => t.Name, StringComparer.Ordinal).ToList();
        var conditionKeys = service.ConditionKeys.Distinct(StringComparer.Ordinal).ToList();
        var types = resourceTypes.Select(t => t.Name).ToList();
        var extraTypes = service.Actions.SelectMany(a => a.ResourceTypes).Distinct(StringComparer.Ordinal).Except(types, StringComparer.Ordinal).ToList();
        var typeIndex = Index(types.Concat(extraTypes));
        var extraKeys = service.Actions.SelectMany(a => a.ConditionKeys).Distinct(StringComparer.Ordinal).Except(conditionKeys, StringComparer.Ordinal).ToList();
        var keyIndex = Index(conditionKeys.Concat(extraKeys));

        json.WriteStartObject();
        json.WriteString("p", service.Prefix);
        json.WriteString("n", service.Name);
        json.WriteStartArray("r");
        foreach (var type in resourceTypes)
        {
            json.WriteStartArray();
            json.WriteStringValue(type.Name);
            json.WriteStringValue(type.ArnPattern);
            json.WriteEndArray();
        }
        json.WriteEndArray();
        WriteStrings(json, "xr", extraTypes);
        WriteStrings(json, "k", conditionKeys);
        WriteStrings(json, "xk", extraKeys);
        json.WriteStartArray("a");
        foreach (var action in service.Actions)
        {
            json.WriteStartArray();
            json.WriteStringValue(action.Name);
            json.WriteNumberValue((int)action.Level);
            json.WriteStartArray();
            var required = action.RequiredResourceTypes.ToHashSet(StringComparer.Ordinal);
            foreach (var type in action.ResourceTypes) json.WriteNumberValue(typeIndex[type] * 2 + (required.Contains(type) ? 1 : 0));
            json.WriteEndArray();
            json.WriteStartArray();
            foreach (var key in action.ConditionKeys) json.WriteNumberValue(keyIndex[key]);
            json.WriteEndArray();
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static CatalogService ReadService(JsonElement service)
    {
        var prefix = service.GetProperty("p").GetString()!;
        var resourceTypes = service.GetProperty("r").EnumerateArray()
            .Select(t => new CatalogResourceType(t[0].GetString()!, t[1].GetString()!)).ToList();
        var typeNames = resourceTypes.Select(t => t.Name).Concat(Strings(service, "xr")).ToArray();
        var conditionKeys = Strings(service, "k");
        var keyNames = conditionKeys.Concat(Strings(service, "xk")).ToArray();
        var actions = service.GetProperty("a").EnumerateArray().Select(a =>
        {
            var types = a[2].EnumerateArray().Select(i => i.GetInt32()).ToList();
            return new CatalogAction(
                prefix,
                a[0].GetString()!,
                (AccessLevel)a[1].GetInt32(),
                [.. types.Select(i => typeNames[i / 2])],
                [.. types.Where(i => i % 2 == 1).Select(i => typeNames[i / 2])],
                [.. a[3].EnumerateArray().Select(i => keyNames[i.GetInt32()])]);
        }).ToList();
        return new CatalogService(prefix, service.GetProperty("n").GetString()!, actions, resourceTypes, conditionKeys);
    }

    private static Dictionary<string, int> Index(IEnumerable<string> names)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names) index.TryAdd(name, index.Count);
        return index;
    }

    private static void WriteStrings(Utf8JsonWriter json, string property, IEnumerable<string> values)
    {
        json.WriteStartArray(property);
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static List<string> Strings(JsonElement element, string property) =>
        [.. element.GetProperty(property).EnumerateArray().Select(s => s.GetString()!)];
}
