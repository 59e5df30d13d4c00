using System.Text;
using System.Text.Json;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Validation;

/// <summary>
/// Reads a policy document with <see cref="Utf8JsonReader"/> into <see cref="JsonNode"/>s that know their line and column,
/// reporting a syntax error at the reader's position and keys repeated in one object (also when they differ only in case).
/// Comments and trailing commas are refused, as IAM refuses them.
/// </summary>
internal static class PolicyJsonParser
{
    public static JsonNode? Parse(string document, FindingSink findings)
    {
        var bytes = Encoding.UTF8.GetBytes(document);
        var positions = new TextPositions(bytes);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Disallow, MaxDepth = 64 });
        try
        {
            if (!reader.Read())
            {
                findings.Add(FindingLevel.Error, ValidationCodes.JsonSyntaxError, "The document is empty: a policy is a JSON object such as {\"Version\": \"2012-10-17\", \"Statement\": [...]}.", 1, 1);
                return null;
            }
            var root = ReadValue(ref reader, positions, findings);
            if (reader.Read())
            {
                var (line, column) = positions.At(reader.TokenStartIndex);
                findings.Add(FindingLevel.Error, ValidationCodes.JsonSyntaxError, "There is more text after the end of the policy's JSON object.", line, column);
                return null;
            }
            return root;
        }
        catch (JsonException e)
        {
            var (line, column) = positions.AtLine(e.LineNumber ?? 0, e.BytePositionInLine ?? 0);
            findings.Add(FindingLevel.Error, ValidationCodes.JsonSyntaxError, SyntaxMessage(e.Message), line, column);
            return null;
        }
    }

    private static JsonNode ReadValue(ref Utf8JsonReader reader, TextPositions positions, FindingSink findings)
    {
        var (line, column) = positions.At(reader.TokenStartIndex);
        switch (reader.TokenType)
        {
            case JsonTokenType.StartObject:
                var obj = new JsonNode(JsonKind.Object, line, column);
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var (nameLine, nameColumn) = positions.At(reader.TokenStartIndex);
                    var name = reader.GetString()!;
                    reader.Read();
                    var value = ReadValue(ref reader, positions, findings);
                    var earlier = obj.Members.Find(m => string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase));
                    if (earlier is not null)
                        findings.Add(FindingLevel.Error, ValidationCodes.DuplicateKey, earlier.Name == name
                            ? $"\"{name}\" appears twice in this object (first on line {earlier.Line}): IAM would keep only one of them."
                            : $"\"{name}\" and \"{earlier.Name}\" (line {earlier.Line}) differ only in case: IAM refuses keys that differ only in case.",
                            nameLine, nameColumn, element: name);
                    obj.Members.Add(new JsonMember(name, nameLine, nameColumn, value));
                }
                return obj;
            case JsonTokenType.StartArray:
                var array = new JsonNode(JsonKind.Array, line, column);
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                    array.Items.Add(ReadValue(ref reader, positions, findings));
                return array;
            case JsonTokenType.String:
                return new JsonNode(JsonKind.String, line, column) { Text = reader.GetString() };
            case JsonTokenType.Number:
                return new JsonNode(JsonKind.Number, line, column) { Text = Encoding.UTF8.GetString(reader.ValueSpan) };
            case JsonTokenType.True:
                return new JsonNode(JsonKind.True, line, column);
            case JsonTokenType.False:
                return new JsonNode(JsonKind.False, line, column);
            default:
                return new JsonNode(JsonKind.Null, line, column);
        }
    }

    /// <summary>The reader's message without its "LineNumber: … | BytePositionInLine: …" tail (the finding has the position).</summary>
    private static string SyntaxMessage(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = cut > 0 ? message[..cut].TrimEnd('.', ' ') : message;
        return $"The document is not valid JSON: {text}.";
    }
}
