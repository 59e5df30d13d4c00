using System.Text.Json.Serialization;
using IamPortal.Application.Iam;

namespace IamPortal.Application.Users;

/// <summary>
/// One read that a section of a page depends on: its value, or why IAM did not give it, in plain words
/// (<see cref="IamErrorMessages"/>: "try again" only where another attempt can help, ADR 0010). A page made of such
/// reads shows each failed section's error in its place and the rest as read.
/// </summary>
public sealed record SectionRead<T>(T? Value, string? Error = null, string? ErrorCode = null)
{
    [JsonIgnore] public bool Succeeded => Error is null;

    /// <summary>The value, or <paramref name="unknown"/> when the read failed.</summary>
    public T ValueOr(T unknown) => Succeeded ? Value! : unknown;

    /// <summary>The value turned into another; a failed read stays failed with the same error.</summary>
    public SectionRead<TOut> Map<TOut>(Func<T, TOut> map) => Succeeded ? new(map(Value!)) : new(default, Error, ErrorCode);
}

public static class SectionRead
{
    public static SectionRead<T> Of<T>(T value) => new(value);

    public static SectionRead<T> Failed<T>(IamException e) => new(default, IamErrorMessages.Describe(e), e.Code);

    /// <summary>
    /// Runs one read: IAM's error (after the client's own retries of what is transient) becomes the section's error;
    /// anything else (a cancellation, a bug) propagates.
    /// </summary>
    public static async Task<SectionRead<T>> CaptureAsync<T>(Func<Task<T>> read)
    {
        try
        {
            return Of(await read());
        }
        catch (IamException e)
        {
            return Failed<T>(e);
        }
    }
}
