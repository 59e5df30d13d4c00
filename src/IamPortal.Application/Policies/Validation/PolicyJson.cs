namespace IamPortal.Application.Policies.Validation;

/// <summary>The kinds of JSON value a policy document is made of.</summary>
internal enum JsonKind { Object, Array, String, Number, True, False, Null }

/// <summary>One JSON value of a parsed policy document, with the 1-based line and column where its token starts.</summary>
internal sealed class JsonNode(JsonKind kind, int line, int column)
{
    public JsonKind Kind { get; } = kind;
    public int Line { get; } = line;
    public int Column { get; } = column;
    /// <summary>The unescaped text of a string, or the raw text of a number; null for the other kinds.</summary>
    public string? Text { get; init; }
    public List<JsonMember> Members { get; } = [];
    public List<JsonNode> Items { get; } = [];

    public bool IsString => Kind == JsonKind.String;

    /// <summary>The first member with exactly this name.</summary>
    public JsonMember? Member(string name) => Members.Find(m => m.Name == name);

    /// <summary>A string, or the items of an array (the shape of Action, Resource and condition values).</summary>
    public IEnumerable<JsonNode> Values() => Kind == JsonKind.Array ? Items : [this];

    public string Describe() => Kind switch
    {
        JsonKind.Object => "an object",
        JsonKind.Array => "an array",
        JsonKind.String => "a string",
        JsonKind.Number => "a number",
        JsonKind.True or JsonKind.False => "a boolean",
        _ => "null",
    };
}

/// <summary>One "name": value pair of an object, with the position of its name.</summary>
internal sealed record JsonMember(string Name, int Line, int Column, JsonNode Value);
