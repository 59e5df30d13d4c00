using IamPortal.Application.Policies.Analysis;

namespace IamPortal.Application.Policies.Permissions;

/// <summary>A user's or group's attached and inline policies with their risk (ReadIam).</summary>
public interface IEntityPermissionsService
{
    Task<EntityPermissions> GetAsync(PrincipalRef target, CancellationToken ct = default);
}
