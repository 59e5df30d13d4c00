namespace IamPortal.Application.Offboarding;

/// <summary>The dry run: reads one user live and lists every step an offboarding (or a quarantine) would take.</summary>
public interface IOffboardingPlanner
{
    /// <summary>Every deletion step in IAM's order naming the exact item, then DeleteUser and the confirmation. Throws NoSuchEntity for an unknown user.</summary>
    Task<OffboardingPlan> PlanAsync(string userName, CancellationToken ct = default);

    /// <summary>The quarantine steps for the user as they are now: deactivate each active key, delete the console password, deny all, tag.</summary>
    Task<IReadOnlyList<OffboardingPlanStep>> PlanQuarantineAsync(string userName, string operatorName, string reason, CancellationToken ct = default);
}
