using System.Text.Encodings.Web;
using System.Text.Json;

namespace IamPortal.Web.Features.Policies.Editor;

/// <summary>Pretty-prints a policy document (two spaces, members and duplicates kept in order, characters not escaped).</summary>
public static class PolicyFormatter
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The formatted document, or null when it is not valid JSON (then the editor leaves it as typed).</summary>
    public static string? Format(string document)
    {
        try
        {
            using var json = JsonDocument.Parse(document);
            using var stream = new MemoryStream();
            using (var writer = new Utf8JsonWriter(stream, Options))
                json.WriteTo(writer);
            return System.Text.Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
