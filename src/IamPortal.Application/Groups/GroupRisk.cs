using IamPortal.Application.Iam;
using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Groups;

/// <summary>
/// The group's effective risk through <see cref="IIdentityRiskService"/> (the risk feature's engine). Optional: a host
/// without the risk engine registered shows "not assessed" rather than failing the groups pages; an IAM read failure
/// behind the assessment is the same "not assessed" for that group.
/// </summary>
public sealed class GroupRisk(IEnumerable<IIdentityRiskService> services)
{
    private readonly IIdentityRiskService? _service = services.FirstOrDefault();

    public bool Available => _service is not null;

    public async Task<RiskReport?> ForGroupAsync(string groupName, CancellationToken ct)
    {
        if (_service is null) return null;
        try
        {
            return await _service.ForGroupAsync(groupName, ct);
        }
        catch (IamException)
        {
            return null;
        }
    }
}
