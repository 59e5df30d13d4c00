using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Operators;

namespace IamPortal.Application.Policies;

/// <summary>
/// How every policy command runs: demand ManagePolicies (a refusal is audited), validate (refusals are audited as Invalid
/// and change nothing), run the IAM work through <see cref="IAuditedOperations"/>, then patch the inventory
/// (<paramref name="afterwards"/>). IAM errors and role refusals come back as results, never as exceptions.
/// </summary>
public sealed class PolicyCommandRunner(IAuditedOperations audited)
{
    public delegate Task<IReadOnlyDictionary<string, string>> Validator(CancellationToken ct);

    public async Task<CommandResult<T>> RunAsync<T>(string action, string target, IReadOnlyDictionary<string, object?>? parameters,
        Validator? validate, Func<CancellationToken, Task<T>> operation, Func<Task> afterwards, CancellationToken ct = default)
    {
        try
        {
            await audited.DemandAsync(Permission.ManagePolicies, action, target, ct);
            if (validate is not null && await validate(ct) is { Count: > 0 } errors)
            {
                await audited.RecordInvalidAsync(action, target, parameters, string.Join(" ", errors.Values), ct);
                return CommandResult.Invalid<T>(errors);
            }
            try
            {
                return CommandResult.Ok(await audited.RunAsync(Permission.ManagePolicies, action, target, parameters, operation, ct));
            }
            finally
            {
                await afterwards();
            }
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return CommandResult.From<T>(e);
        }
    }

    public Task<CommandResult<bool>> RunAsync(string action, string target, IReadOnlyDictionary<string, object?>? parameters,
        Validator? validate, Func<CancellationToken, Task> operation, Func<Task> afterwards, CancellationToken ct = default) =>
        RunAsync(action, target, parameters, validate, async c => { await operation(c); return true; }, afterwards, ct);
}
