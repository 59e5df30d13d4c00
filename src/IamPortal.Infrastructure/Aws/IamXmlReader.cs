using System.Globalization;
using System.Xml;
using System.Xml.Linq;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// Reads IAM Query API XML (namespace https://iam.amazonaws.com/doc/2010-05-08/). Elements are matched by local
/// name so a compatible endpoint that omits or varies the namespace is read the same way.
/// </summary>
internal static class IamXmlReader
{
    public const string Namespace = "https://iam.amazonaws.com/doc/2010-05-08/";

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        Async = true,
    };

    public static async Task<XDocument> LoadAsync(Stream stream, CancellationToken ct)
    {
        using var reader = XmlReader.Create(stream, Settings);
        return await XDocument.LoadAsync(reader, LoadOptions.None, ct).ConfigureAwait(false);
    }

    public static XDocument Parse(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), Settings);
        return XDocument.Load(reader);
    }

    /// <summary>The <c>&lt;ActionResult&gt;</c> element, or the root when the response has none (e.g. Delete calls).</summary>
    public static XElement Result(XDocument document, string action)
    {
        var root = document.Root ?? throw new FormatException("Empty IAM response.");
        return root.Elements().FirstOrDefault(e => e.Name.LocalName == action + "Result") ?? root;
    }

    /// <summary>Reads an <c>&lt;ErrorResponse&gt;</c> (or a bare <c>&lt;Error&gt;</c>); null when the body is not one.</summary>
    public static (string Code, string Message, string? RequestId)? ReadError(string body)
    {
        if (string.IsNullOrWhiteSpace(body)) return null;
        XDocument doc;
        try
        {
            doc = Parse(body);
        }
        catch (XmlException)
        {
            return null;
        }
        var error = doc.Descendants().FirstOrDefault(e => e.Name.LocalName == "Error");
        if (error is null) return null;
        var code = error.Str("Code");
        if (code is null) return null;
        var requestId = doc.Root?.Str("RequestId") ?? doc.Descendants().FirstOrDefault(e => e.Name.LocalName == "RequestId")?.Value;
        return (code, error.Str("Message") ?? code, requestId);
    }

    public static string? RequestId(XDocument document) =>
        document.Descendants().FirstOrDefault(e => e.Name.LocalName == "RequestId")?.Value;

    public static XElement? Child(this XElement parent, string name) =>
        parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);

    public static string? Str(this XElement parent, string name) => parent.Child(name)?.Value;

    public static string Req(this XElement parent, string name) =>
        parent.Str(name) ?? throw new FormatException($"IAM response element <{parent.Name.LocalName}> has no <{name}>.");

    public static bool Bool(this XElement parent, string name, bool fallback = false) =>
        parent.Str(name) is { } s ? string.Equals(s.Trim(), "true", StringComparison.OrdinalIgnoreCase) : fallback;

    public static int Int(this XElement parent, string name, int fallback = 0) =>
        parent.Str(name) is { } s && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    public static int? IntOrNull(this XElement parent, string name) =>
        parent.Str(name) is { } s && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    public static DateTimeOffset? DateOrNull(this XElement parent, string name) =>
        parent.Str(name) is { Length: > 0 } s ? ParseDate(s) : null;

    public static DateTimeOffset Date(this XElement parent, string name) =>
        parent.DateOrNull(name) ?? throw new FormatException($"IAM response element <{parent.Name.LocalName}> has no <{name}>.");

    /// <summary>The <c>&lt;member&gt;</c> children of a list element; empty when the list is absent.</summary>
    public static IEnumerable<XElement> Members(this XElement parent, string listName) =>
        parent.Child(listName)?.Elements().Where(e => e.Name.LocalName == "member") ?? [];

    /// <summary>
    /// IAM URL-encodes policy documents in responses (RFC 3986, spaces as %20). A literal '+' is kept as '+':
    /// form decoding would turn it into a space and corrupt documents from endpoints that leave '+' unencoded.
    /// </summary>
    public static string DecodeDocument(string raw) => Uri.UnescapeDataString(raw);

    public static DateTimeOffset ParseDate(string s) =>
        DateTimeOffset.Parse(s.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
