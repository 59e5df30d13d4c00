using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Operators;
using Microsoft.Extensions.Options;

namespace IamPortal.Application.Findings;

/// <summary>
/// Accept, revoke and list risk acceptances. Auditors and admins (ReadAudit) decide: accepting changes no IAM resource,
/// only how a finding is counted, and every decision is audited with owner, reason and expiry (ADR 0021).
/// </summary>
public sealed class RiskAcceptanceService(
    IAuditedOperations audited,
    IOperatorContext operatorContext,
    ICurrentAccount currentAccount,
    IRiskAcceptanceStore store,
    IOptions<FindingsOptions> options,
    TimeProvider clock) : IRiskAcceptanceService
{
    public async Task<CommandResult<RiskAcceptance>> AcceptAsync(AcceptRiskRequest request, CancellationToken ct = default)
    {
        const string action = AuditActions.AcceptFindingRisk;
        var target = $"{request.CheckId}/{request.ResourceName}";
        try
        {
            var op = await audited.DemandAsync(Permission.ReadAudit, action, target, ct);
            var now = clock.GetUtcNow();
            var parameters = new Dictionary<string, object?>
            {
                ["CheckId"] = request.CheckId, ["ResourceId"] = request.ResourceId, ["Owner"] = request.Owner?.Trim(),
                ["Justification"] = request.Justification?.Trim(), ["ExpiresOn"] = request.ExpiresOn?.ToString("yyyy-MM-dd"),
            };
            var account = await currentAccount.GetAsync(ct);
            var errors = RiskAcceptanceRules.Validate(request, now);
            if (errors.Count == 0 && await ActiveForAsync(account.AccountId, request, now, ct) is { } active)
                errors[nameof(request.ExpiresOn)] = RiskAcceptanceRules.AlreadyAccepted(active);
            if (errors.Count > 0)
            {
                await audited.RecordInvalidAsync(action, target, parameters, string.Join(" ", errors.Values), ct);
                return CommandResult.Invalid<RiskAcceptance>(errors);
            }
            var acceptance = new RiskAcceptance(Guid.NewGuid(), account.AccountId, request.CheckId, request.ResourceId, request.ResourceName,
                request.Owner!.Trim(), request.Justification!.Trim(), now, op.Name, RiskAcceptanceRules.EndOfDay(request.ExpiresOn!.Value));
            await audited.RunAsync(Permission.ReadAudit, action, target, parameters, c => store.AddAsync(acceptance, c), ct);
            return CommandResult.Ok(acceptance);
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return CommandResult.From<RiskAcceptance>(e);
        }
    }

    /// <summary>The acceptance already covering this check and resource, if any: one at a time, so a renewal is a revoke and a new acceptance.</summary>
    private async Task<RiskAcceptance?> ActiveForAsync(string accountId, AcceptRiskRequest request, DateTimeOffset now, CancellationToken ct) =>
        (await store.ListAsync(accountId, ct)).Where(a => a.CheckId == request.CheckId && a.ResourceId == request.ResourceId && a.IsActiveAt(now))
            .MaxBy(a => a.ExpiresAt);

    public async Task<CommandResult<RiskAcceptance>> RevokeAsync(Guid id, CancellationToken ct = default)
    {
        const string action = AuditActions.RevokeFindingRisk;
        try
        {
            var op = await audited.DemandAsync(Permission.ReadAudit, action, id.ToString(), ct);
            var existing = await store.FindAsync(id, ct);
            if (existing is null) return CommandResult.Failed<RiskAcceptance>("That acceptance does not exist.");
            if (existing.RevokedAt is not null) return CommandResult.Ok(existing);
            var revoked = existing with { RevokedAt = clock.GetUtcNow(), RevokedBy = op.Name };
            await audited.RunAsync(Permission.ReadAudit, action, $"{existing.CheckId}/{existing.ResourceName}",
                new Dictionary<string, object?> { ["AcceptanceId"] = id, ["Owner"] = existing.Owner }, c => store.UpdateAsync(revoked, c), ct);
            return CommandResult.Ok(revoked);
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return CommandResult.From<RiskAcceptance>(e);
        }
    }

    public async Task<CommandResult<IReadOnlyList<RiskAcceptanceRow>>> ListAsync(bool includeInactive = false, CancellationToken ct = default)
    {
        try
        {
            operatorContext.Ensure(Permission.ReadAudit, "read risk acceptances");
            var account = await currentAccount.GetAsync(ct);
            var now = clock.GetUtcNow();
            var soon = now.AddDays(options.Value.AcceptanceWarningDays);
            var rows = (await store.ListAsync(account.AccountId, ct))
                .Select(a => new RiskAcceptanceRow(a, a.IsActiveAt(now) && a.ExpiresAt <= soon, a.IsActiveAt(now)))
                .Where(r => includeInactive || r.Active)
                .OrderByDescending(r => r.Acceptance.AcceptedAt)
                .ToList();
            return CommandResult.Ok<IReadOnlyList<RiskAcceptanceRow>>(rows);
        }
        catch (Exception e) when (CommandResult.IsExpected(e))
        {
            return CommandResult.From<IReadOnlyList<RiskAcceptanceRow>>(e);
        }
    }
}
