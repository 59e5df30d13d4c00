using System.Text.Encodings.Web;
using System.Text.Json;

namespace IamPortal.Application.Policies.Managed;

/// <summary>A policy document pretty-printed (2-space indent, IAM's characters unescaped) for display and line diffs.</summary>
public static class PolicyDocumentFormat
{
    private static readonly JsonWriterOptions Indented = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The document indented; a document that is not JSON is returned as it is.</summary>
    public static string Pretty(string? document)
    {
        if (string.IsNullOrWhiteSpace(document)) return "";
        try
        {
            using var parsed = JsonDocument.Parse(document);
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, Indented)) parsed.WriteTo(writer);
            return System.Text.Encoding.UTF8.GetString(stream.ToArray());
        }
        catch (JsonException)
        {
            return document;
        }
    }
}
