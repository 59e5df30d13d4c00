using System.Globalization;
using System.Text;

namespace IamPortal.Sandbox.Protocol;

/// <summary>
/// A tiny XML writer for IAM responses. Hand-written (rather than XmlWriter) so child elements inherit the
/// default namespace without xmlns="" resets, and so large pages are a single StringBuilder pass.
/// </summary>
public sealed class XmlOut
{
    private readonly StringBuilder _sb = new(256);
    private readonly Stack<string> _open = new();

    public bool IsEmpty => _sb.Length == 0;

    /// <summary>The text written so far, as chunks (lets large pages be streamed without copying).</summary>
    public StringBuilder.ChunkEnumerator Chunks => _sb.GetChunks();

    public XmlOut Start(string name)
    {
        _sb.Append('<').Append(name).Append('>');
        _open.Push(name);
        return this;
    }

    public XmlOut StartNs(string name, string ns)
    {
        _sb.Append('<').Append(name).Append(" xmlns=\"").Append(ns).Append("\">");
        _open.Push(name);
        return this;
    }

    public XmlOut End()
    {
        _sb.Append("</").Append(_open.Pop()).Append('>');
        return this;
    }

    /// <summary>Writes a text element; null values are omitted, as IAM omits absent members.</summary>
    public XmlOut El(string name, string? value)
    {
        if (value is null) return this;
        _sb.Append('<').Append(name).Append('>');
        Escape(value);
        _sb.Append("</").Append(name).Append('>');
        return this;
    }

    public XmlOut El(string name, bool value) => El(name, value ? "true" : "false");

    public XmlOut El(string name, long value) => El(name, value.ToString(CultureInfo.InvariantCulture));

    public XmlOut Opt(string name, int? value) => value is null ? this : El(name, value.Value.ToString(CultureInfo.InvariantCulture));

    public XmlOut Date(string name, DateTimeOffset? value) => value is null ? this : El(name, FormatDate(value.Value));

    /// <summary>Policy documents travel URL-encoded in IAM responses.</summary>
    public XmlOut Document(string name, string document) => El(name, Uri.EscapeDataString(document));

    public XmlOut Raw(string xml)
    {
        _sb.Append(xml);
        return this;
    }

    public static string FormatDate(DateTimeOffset d) =>
        d.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("<>&\"\r");

    private void Escape(string value)
    {
        if (value.AsSpan().IndexOfAny(Special) < 0)
        {
            _sb.Append(value);
            return;
        }
        foreach (var c in value)
        {
            switch (c)
            {
                case '<': _sb.Append("&lt;"); break;
                case '>': _sb.Append("&gt;"); break;
                case '&': _sb.Append("&amp;"); break;
                case '"': _sb.Append("&quot;"); break;
                case '\r': _sb.Append("&#xD;"); break;
                default: _sb.Append(c); break;
            }
        }
    }

    public override string ToString() => _sb.ToString();
}
