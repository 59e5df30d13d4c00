using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Credentials;

/// <summary>
/// How every credential command runs: demand ManageUsers (a refusal is audited), validate (refusals are audited as
/// Invalid and change nothing), run the IAM work through <see cref="IAuditedOperations"/>, then invalidate the
/// inventory so lists refresh. IAM errors and role refusals come back as plain-language text, never as exceptions.
/// </summary>
public sealed class CredentialCommandRunner(IAuditedOperations audited, IInventoryService inventory)
{
    public delegate Task<IReadOnlyDictionary<string, string>> Validator(CancellationToken ct);

    public async Task<CommandResult<T>> RunAsync<T>(string action, string userName, IReadOnlyDictionary<string, object?>? parameters,
        Validator? validate, Func<CancellationToken, Task<T>> operation, CancellationToken ct = default)
    {
        try
        {
            await audited.DemandAsync(Permission.ManageUsers, action, userName, ct);
            if (validate is not null && await validate(ct) is { Count: > 0 } errors)
            {
                await audited.RecordInvalidAsync(action, userName, parameters, string.Join(" ", errors.Values), ct);
                return CommandResult.Invalid<T>(errors);
            }
            var value = await audited.RunAsync(Permission.ManageUsers, action, userName, parameters, operation, ct);
            await inventory.UserChangedAsync(userName, CancellationToken.None);
            return CommandResult.Ok(value);
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return CommandResult.From<T>(e);
        }
    }

    public Task<CommandResult<bool>> RunAsync(string action, string userName, IReadOnlyDictionary<string, object?>? parameters,
        Validator? validate, Func<CancellationToken, Task> operation, CancellationToken ct = default) =>
        RunAsync(action, userName, parameters, validate, async c => { await operation(c); return true; }, ct);

    /// <summary>A validator from a synchronous check.</summary>
    public static Validator Check(Func<IReadOnlyDictionary<string, string>> check) => _ => Task.FromResult(check());

    /// <summary>No errors, or one error at a field.</summary>
    public static IReadOnlyDictionary<string, string> ErrorAt(string field, string? message) =>
        message is null ? new Dictionary<string, string>() : new Dictionary<string, string> { [field] = message };
}
