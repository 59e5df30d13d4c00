using System.Text.Json.Serialization;
using System.Text.Json;

namespace IamPortal.Application.Jobs;

/// <summary>
/// A job's or a step's typed data as it is kept in the journal: a record goes in (<see cref="From{T}"/>), the same
/// record comes out (<see cref="As{T}"/>), stored as a JSON object. Never a secret: secrets go through
/// <see cref="JobSecrets"/>. Property names are read case-insensitively, so journals written before the records
/// existed (string dictionaries with the same names) still read.
/// </summary>
[JsonConverter(typeof(JobDataJsonConverter))]
public sealed class JobData : IEquatable<JobData>
{
    internal static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static readonly JobData Empty = new(JsonSerializer.SerializeToElement(new { }, Options));

    private JobData(JsonElement json) => Json = json;

    /// <summary>The JSON object as journaled.</summary>
    public JsonElement Json { get; }

    public static JobData From<T>(T value) where T : notnull => new(JsonSerializer.SerializeToElement(value, Options));

    internal static JobData FromJson(JsonElement json) => new(json.Clone());

    /// <summary>The record this data was made from; throws naming the type when the journal holds something else.</summary>
    public T As<T>()
    {
        try
        {
            return Json.Deserialize<T>(Options) ?? throw new JsonException("empty");
        }
        catch (JsonException e)
        {
            throw new InvalidOperationException($"The journaled data is not a {typeof(T).Name}: {e.Message}", e);
        }
    }

    public bool Equals(JobData? other) => other is not null && Json.GetRawText() == other.Json.GetRawText();

    public override bool Equals(object? obj) => Equals(obj as JobData);

    public override int GetHashCode() => Json.GetRawText().GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Json.GetRawText();
}

/// <summary>Writes <see cref="JobData"/> as the JSON object itself, so the journal stays readable.</summary>
public sealed class JobDataJsonConverter : JsonConverter<JobData>
{
    public override JobData Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return document.RootElement.ValueKind == JsonValueKind.Null ? JobData.Empty : JobData.FromJson(document.RootElement);
    }

    public override void Write(Utf8JsonWriter writer, JobData value, JsonSerializerOptions options) => value.Json.WriteTo(writer);
}
