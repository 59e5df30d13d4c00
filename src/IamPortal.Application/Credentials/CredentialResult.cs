namespace IamPortal.Application.Credentials;

/// <summary>
/// The outcome of one credential command: field → message for input the portal refused (nothing was changed), or a
/// plain-language error (IAM's or a refusal of the operator's role), or success.
/// </summary>
public record CredentialResult(IReadOnlyDictionary<string, string> Errors, string? Error)
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public bool Succeeded => Errors.Count == 0 && Error is null;

    public static CredentialResult Ok() => new(NoErrors, null);
    public static CredentialResult<T> Ok<T>(T value) => new(value, NoErrors, null);
    public static CredentialResult<T> Invalid<T>(IReadOnlyDictionary<string, string> errors) => new(default, errors, null);
    public static CredentialResult<T> Failed<T>(string error) => new(default, NoErrors, error);
    public static CredentialResult<T> Invalid<T>(string field, string message) => Invalid<T>(new Dictionary<string, string> { [field] = message });
}

public sealed record CredentialResult<T>(T? Value, IReadOnlyDictionary<string, string> Errors, string? Error) : CredentialResult(Errors, Error);
