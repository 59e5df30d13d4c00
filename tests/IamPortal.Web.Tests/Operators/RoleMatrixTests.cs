using IamPortal.Application.Audit;
using IamPortal.Application.Credentials;
using IamPortal.Application.Guardrails;
using IamPortal.Application.Iam;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Onboarding;
using IamPortal.Application.Operators;
using IamPortal.Web.Tests.Features.Onboarding;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Operators;

/// <summary>
/// Every Application mutation × every portal role, through the real services against the Sandbox: only a
/// SecurityAdmin gets through; every other role is refused inside the service (a call that bypasses the UI included),
/// the refusal is audited, and IAM receives no mutation.
/// </summary>
public sealed class RoleMatrixTests(OnboardingFlowFixture fx) : IClassFixture<OnboardingFlowFixture>
{
    private const string Target = "matrix.target";
    private static readonly Guid NoJob = Guid.NewGuid();

    /// <summary>Each mutation the product has, by its audit action family, as a call a page would make.</summary>
    public static readonly IReadOnlyDictionary<string, Func<IServiceProvider, Task>> Mutations = new Dictionary<string, Func<IServiceProvider, Task>>
    {
        ["Onboarding.Start"] = sp => sp.GetRequiredService<IOnboardingService>().StartAsync(new OnboardingRequest { UserName = "matrix.new" }),
        ["Onboarding.Retry"] = sp => sp.GetRequiredService<IOnboardingService>().RetryAsync(NoJob),
        ["Onboarding.RollBack"] = sp => sp.GetRequiredService<IOnboardingService>().RollBackAsync(NoJob),
        ["ConsoleAccess.Enable"] = sp => sp.GetRequiredService<IConsoleAccessService>().EnableAsync(new ConsolePasswordRequest(Target, null, true)),
        ["ConsoleAccess.Reset"] = sp => sp.GetRequiredService<IConsoleAccessService>().ResetAsync(new ConsolePasswordRequest(Target, null, true)),
        ["ConsoleAccess.Disable"] = sp => sp.GetRequiredService<IConsoleAccessService>().DisableAsync(Target),
        ["AccessKeys.Create"] = sp => sp.GetRequiredService<IAccessKeyService>().CreateAsync(Target),
        ["AccessKeys.SetStatus"] = sp => sp.GetRequiredService<IAccessKeyService>().SetStatusAsync(Target, "AKIAMATRIXMATRIX0001", IamAccessKeyStatus.Inactive),
        ["AccessKeys.Delete"] = sp => sp.GetRequiredService<IAccessKeyService>().DeleteAsync(Target, "AKIAMATRIXMATRIX0001"),
        ["KeyRotation.Start"] = sp => sp.GetRequiredService<IKeyRotationService>().StartAsync(Target),
        ["KeyRotation.Continue"] = sp => sp.GetRequiredService<IKeyRotationService>().ContinueAsync(NoJob),
        ["KeyRotation.Cancel"] = sp => sp.GetRequiredService<IKeyRotationService>().CancelAsync(NoJob),
        ["Mfa.Begin"] = sp => sp.GetRequiredService<IMfaService>().BeginVirtualEnrolmentAsync(Target),
        ["Mfa.Complete"] = sp => sp.GetRequiredService<IMfaService>().CompleteVirtualEnrolmentAsync(Target, "arn:aws:iam::123456789012:mfa/matrix", "123456", "654321"),
        ["Mfa.Cancel"] = sp => sp.GetRequiredService<IMfaService>().CancelVirtualEnrolmentAsync(Target, "arn:aws:iam::123456789012:mfa/matrix"),
        ["Mfa.Deactivate"] = sp => sp.GetRequiredService<IMfaService>().DeactivateAsync(Target, "arn:aws:iam::123456789012:mfa/matrix"),
        ["Mfa.Resync"] = sp => sp.GetRequiredService<IMfaService>().ResyncAsync(Target, "arn:aws:iam::123456789012:mfa/matrix", "123456", "654321"),
        ["Tags.Set"] = sp => sp.GetRequiredService<IUserTagsService>().SetAsync(Target, "Project", "matrix"),
        ["Tags.Remove"] = sp => sp.GetRequiredService<IUserTagsService>().RemoveAsync(Target, "Project"),
        ["Quarantine.Start"] = sp => sp.GetRequiredService<IQuarantineService>().QuarantineAsync(Target, "role matrix"),
        ["Quarantine.Release"] = sp => sp.GetRequiredService<IQuarantineService>().ReleaseAsync(Target),
        ["Offboarding.Start"] = sp => sp.GetRequiredService<IOffboardingService>().StartAsync(Target, quarantineFirst: true),
        ["Offboarding.Resume"] = sp => sp.GetRequiredService<IOffboardingService>().ResumeAsync(NoJob),
        ["Bulk.DeactivateKeys"] = sp => sp.GetRequiredService<IBulkUserActions>().RunAsync(BulkUserAction.DeactivateKeys, [Target]),
        ["Bulk.Offboard"] = sp => sp.GetRequiredService<IBulkUserActions>().RunAsync(BulkUserAction.Offboard, [Target]),
        ["Settings.UpdateGuardrails"] = sp => sp.GetRequiredService<IGuardrailsService>().SaveAsync(new Application.Guardrails.Guardrails()),
    };

    public static IEnumerable<object[]> RefusedCases() =>
        from mutation in Mutations.Keys
        from role in new[] { PortalRole.Auditor, PortalRole.TeamLead, PortalRole.None }
        select new object[] { mutation, role };

    [Theory]
    [MemberData(nameof(RefusedCases))]
    public async Task Mutation_RoleWithoutPermission_IsRefusedAuditedAndNeverReachesIam(string mutation, PortalRole role)
    {
        await using var scope = fx.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestOperator>().Role = role;
        var log = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        var deniedBefore = (await log.QueryAsync(new AuditQuery { Outcome = AuditOutcomes.Denied, PageSize = 1 })).TotalCount;
        var mutationsBefore = MutatingRequests();

        // A service either throws the refusal or returns it as a plain-language result for the page: both are fine.
        try { await Mutations[mutation](scope.ServiceProvider); }
        catch (PortalAccessDeniedException) { }

        var denied = await log.QueryAsync(new AuditQuery { Outcome = AuditOutcomes.Denied, PageSize = 5 });
        denied.TotalCount.Should().BeGreaterThan(deniedBefore, $"{mutation} by a {role} must be refused and audited");
        denied.Items[0].Record.Role.Should().Be(role.ToString());
        MutatingRequests().Should().Be(mutationsBefore, "a refused call sends nothing that changes IAM");
    }

    [Theory]
    [MemberData(nameof(AdminCases))]
    public async Task Mutation_SecurityAdmin_IsNotRefused(string mutation)
    {
        await using var scope = fx.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<TestOperator>().Role = PortalRole.SecurityAdmin;
        var log = scope.ServiceProvider.GetRequiredService<IAuditLog>();
        var deniedBefore = (await log.QueryAsync(new AuditQuery { Outcome = AuditOutcomes.Denied, PageSize = 1 })).TotalCount;

        var act = () => Mutations[mutation](scope.ServiceProvider);

        await act.Should().NotThrowAsync<PortalAccessDeniedException>();
        (await log.QueryAsync(new AuditQuery { Outcome = AuditOutcomes.Denied, PageSize = 1 })).TotalCount.Should().Be(deniedBefore);
    }

    public static IEnumerable<object[]> AdminCases() => Mutations.Keys.Select(k => new object[] { k });

    private long MutatingRequests() => fx.Sandbox.Control.RequestCounts
        .Where(c => !c.Key.StartsWith("Get", StringComparison.Ordinal) && !c.Key.StartsWith("List", StringComparison.Ordinal)
                    && c.Key is not "GenerateCredentialReport" and not "GenerateServiceLastAccessedDetails")
        .Sum(c => c.Value);
}
