using IamPortal.Application.Commands;
using IamPortal.Application.Jobs;

namespace IamPortal.Web.Components.Jobs;

/// <summary>
/// One page's command in flight, shown one way: <see cref="Busy"/> while it runs, then its result's plain-language
/// <see cref="Error"/>, field <see cref="Errors"/> and <see cref="Conflict"/>. IAM errors and role refusals thrown by
/// a service become results in <see cref="CommandResult.CaptureAsync{T}(Func{Task{CommandResult{T}}})"/>; anything
/// else is a bug and reaches the error boundary.
/// </summary>
public sealed class CommandState
{
    private static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public bool Busy { get; private set; }
    public string? Error { get; set; }
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = NoErrors;
    public JobConflict? Conflict { get; private set; }

    public string? ErrorAt(string field) => Errors.GetValueOrDefault(field);

    public void Clear() => (Error, Errors, Conflict) = (null, NoErrors, null);

    /// <summary>Runs a command that returns a result.</summary>
    public async Task<CommandResult<T>> RunAsync<T>(Func<Task<CommandResult<T>>> command)
    {
        Busy = true;
        Clear();
        try
        {
            var result = await CommandResult.CaptureAsync(command);
            (Error, Errors, Conflict) = (result.Error, result.Errors, result.Conflict);
            return result;
        }
        finally
        {
            Busy = false;
        }
    }

    /// <summary>Runs a read (or a command that throws its failures) the same way.</summary>
    public Task<CommandResult<T>> RunAsync<T>(Func<Task<T>> read) => RunAsync(() => CommandResult.CaptureAsync(read));
}
