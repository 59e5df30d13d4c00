using IamPortal.Application.Iam;
using IamPortal.Application.Jobs;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Commands;

/// <summary>Succeeded; Invalid: input refused at its fields, nothing changed; Denied: the operator's role does not allow it; Failed: IAM (or the portal) could not do it.</summary>
public enum CommandStatus { Succeeded, Invalid, Denied, Failed }

/// <summary>
/// The outcome of every command the UI calls, so pages show outcomes one way: succeeded (with a value), invalid (field →
/// message, <see cref="Error"/> null; nothing was changed), denied (the role check's message), or failed (a plain-language IAM error). A command
/// that ran a job carries the job as it stands in <see cref="CommandResult{T}.Value"/> also when it failed.
/// <see cref="Conflict"/>: refused because another job holds the target (the page offers to open it).
/// </summary>
public record CommandResult(CommandStatus Status, IReadOnlyDictionary<string, string> Errors, string? Error)
{
    internal static readonly IReadOnlyDictionary<string, string> NoErrors = new Dictionary<string, string>();

    public bool Succeeded => Status == CommandStatus.Succeeded;

    public JobConflict? Conflict { get; init; }

    /// <summary>IAM's error code when IAM refused (e.g. NoSuchEntity: the page says "not found" rather than "failed").</summary>
    public string? ErrorCode { get; init; }

    /// <summary>
    /// Whether the same command or read can succeed if tried again: a transient IAM error (ADR 0010), a timeout or the
    /// database not answering. False for what would be refused the same way (AccessDenied, NotImplemented, a role check).
    /// </summary>
    public bool Retryable { get; init; }

    public static CommandResult Ok() => Ok(true);
    public static CommandResult<T> Ok<T>(T value) => new(value, CommandStatus.Succeeded, NoErrors, null);
    public static CommandResult<T> Invalid<T>(IReadOnlyDictionary<string, string> errors, T? value = default) =>
        new(value, CommandStatus.Invalid, errors, null);
    public static CommandResult<T> Invalid<T>(string field, string message, T? value = default) =>
        Invalid(new Dictionary<string, string> { [field] = message }, value);
    public static CommandResult<T> Denied<T>(string message) => new(default, CommandStatus.Denied, NoErrors, message);
    public static CommandResult<T> Failed<T>(string error, T? value = default) => new(value, CommandStatus.Failed, NoErrors, error);
    public static CommandResult<T> Conflicting<T>(JobConflict conflict, T? value = default) =>
        new(value, CommandStatus.Invalid, NoErrors, conflict.Message) { Conflict = conflict };

    /// <summary>The failure as a result: a role refusal is Denied; IAM's errors and a refused job step are Failed, in plain words.</summary>
    public static CommandResult<T> From<T>(Exception e) => e switch
    {
        PortalAccessDeniedException => Denied<T>(e.Message),
        IamException iam => Failed<T>(IamErrorMessages.Describe(e)) with { ErrorCode = iam.Code, Retryable = iam.IsTransient },
        JobStepRefusedException refused => Failed<T>(IamErrorMessages.Describe(e)) with { ErrorCode = refused.Code },
        System.Data.Common.DbException or TimeoutException => Failed<T>(IamErrorMessages.Describe(e)) with { Retryable = true },
        _ => Failed<T>(IamErrorMessages.Describe(e)),
    };

    /// <summary>
    /// True for the failures a command or read reports as a result rather than throws: IAM's errors, role refusals,
    /// refused job steps, and the portal's database not answering. Anything else is a bug for the error boundary.
    /// </summary>
    public static bool IsExpected(Exception e) =>
        e is IamException or PortalAccessDeniedException or JobStepRefusedException or System.Data.Common.DbException or TimeoutException;

    /// <summary>
    /// Runs a read or a command and returns its outcome as a result: the one place where IAM errors and role refusals
    /// become results, for pages that call a service which throws them.
    /// </summary>
    public static async Task<CommandResult<T>> CaptureAsync<T>(Func<Task<T>> work)
    {
        try
        {
            return Ok(await work());
        }
        catch (Exception e) when (IsExpected(e))
        {
            return From<T>(e);
        }
    }

    /// <summary><see cref="CaptureAsync{T}"/> for a command that returns a result itself (its own failures stay as they are).</summary>
    public static async Task<CommandResult<T>> CaptureAsync<T>(Func<Task<CommandResult<T>>> work)
    {
        try
        {
            return await work();
        }
        catch (Exception e) when (IsExpected(e))
        {
            return From<T>(e);
        }
    }

    /// <summary><see cref="CaptureAsync{T}"/> for work without a value.</summary>
    public static Task<CommandResult<bool>> CaptureAsync(Func<Task> work) => CaptureAsync(async () => { await work(); return true; });
}

public sealed record CommandResult<T>(T? Value, CommandStatus Status, IReadOnlyDictionary<string, string> Errors, string? Error)
    : CommandResult(Status, Errors, Error);
