using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Aws;

/// <summary>
/// Reads IAM Query API XML (namespace https://iam.amazonaws.com/doc/2010-05-08/). Elements are matched by local
/// name so a compatible endpoint that omits or varies the namespace is read the same way. A missing required element
/// (<see cref="Req"/>, <see cref="ReqChild"/>) is an <see cref="IamException"/> <see cref="MalformedResponse"/> naming the
/// element and the action; a missing optional one reads as its default (ADR 0010).
/// </summary>
internal static class IamXmlReader
{
    public const string Namespace = "https://iam.amazonaws.com/doc/2010-05-08/";

    public const string MalformedResponse = IamErrorCodes.MalformedResponse;

    /// <summary>What a date IAM left out (or sent unreadable) reads as where the record has no room for "unknown".</summary>
    public static readonly DateTimeOffset UnknownDate = DateTimeOffset.UnixEpoch;

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

    /// <summary>A required value (identity, or the payload the call exists for): missing or blank fails the response, naming the element and the action.</summary>
    public static string Req(this XElement parent, string name) =>
        parent.Str(name) is { } value && !string.IsNullOrWhiteSpace(value) ? value : throw Missing(parent, name);

    /// <summary>A required child element, e.g. the <c>&lt;User&gt;</c> of GetUser.</summary>
    public static XElement ReqChild(this XElement parent, string name) => parent.Child(name) ?? throw Missing(parent, name);

    private static IamException Missing(XElement parent, string name) =>
        new(MalformedResponse, $"{ActionOf(parent)} returned <{parent.Name.LocalName}> without its required <{name}>.");

    /// <summary>The action a response element belongs to, from its document's root (<c>&lt;ListUsersResponse&gt;</c>).</summary>
    private static string ActionOf(XElement element)
    {
        var root = element.AncestorsAndSelf().Last().Name.LocalName;
        return root.EndsWith("Response", StringComparison.Ordinal) && root.Length > "Response".Length ? root[..^"Response".Length] : "IAM";
    }

    public static bool Bool(this XElement parent, string name, bool fallback = false) =>
        parent.Str(name) is { } s ? string.Equals(s.Trim(), "true", StringComparison.OrdinalIgnoreCase) : fallback;

    public static int Int(this XElement parent, string name, int fallback = 0) =>
        parent.Str(name) is { } s && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : fallback;

    public static int? IntOrNull(this XElement parent, string name) =>
        parent.Str(name) is { } s && int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

    /// <summary>An optional date: null when missing or unreadable.</summary>
    public static DateTimeOffset? DateOrNull(this XElement parent, string name) =>
        parent.Str(name) is { Length: > 0 } s && DateTimeOffset.TryParse(s.Trim(), CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date) ? date : null;

    /// <summary>An optional date for a record that needs one: <see cref="UnknownDate"/> when missing or unreadable.</summary>
    public static DateTimeOffset DateOrUnknown(this XElement parent, string name) => parent.DateOrNull(name) ?? UnknownDate;

    /// <summary>The <c>&lt;member&gt;</c> children of a list element; empty when the list is absent.</summary>
    public static IEnumerable<XElement> Members(this XElement parent, string listName) =>
        parent.Child(listName)?.Elements().Where(e => e.Name.LocalName == "member") ?? [];

    /// <summary>
    /// IAM URL-encodes policy documents in responses (RFC 3986, spaces as %20). A literal '+' is kept as '+':
    /// form decoding would turn it into a space and corrupt documents from endpoints that leave '+' unencoded.
    /// </summary>
    public static string DecodeDocument(string raw) => Uri.UnescapeDataString(raw);
}
