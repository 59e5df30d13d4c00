using IamPortal.Application.Groups;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;

namespace IamPortal.Application.AccessAdvisor;

/// <summary>
/// Joins IAM's service-last-accessed data with the grants the inventory's policy documents give: a service IAM reports
/// but the portal cannot attribute (a policy missing from the snapshot) is kept with no policy named.
/// </summary>
public sealed class AccessAdvisorHints(
    IOperatorContext operatorContext,
    IInventoryService inventory,
    IIamAccountApi iam,
    ServiceGrants grants) : IAccessAdvisorHints
{
    public async Task<string> StartAsync(AdvisorSubject subject, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("generate Access Advisor details");
        var snapshot = await inventory.GetAsync(ct);
        var (arn, _) = Identify(subject, snapshot);
        return await iam.GenerateServiceLastAccessedDetailsAsync(arn, AccessAdvisorGranularity.ServiceLevel, ct);
    }

    public async Task<AccessAdvisorReport> ReadAsync(AdvisorSubject subject, string jobId, CancellationToken ct = default)
    {
        operatorContext.EnsureCanRead("read Access Advisor details");
        var snapshot = await inventory.GetAsync(ct);
        var (_, created) = Identify(subject, snapshot);
        var report = await iam.GetServiceLastAccessedDetailsAsync(jobId, ct);
        if (report.Status != AccessAdvisorJobStatus.Completed)
            return new AccessAdvisorReport(jobId, subject, report.Status, created, [], report.Error);
        var granted = grants.For(subject, snapshot).ToDictionary(g => g.Namespace, StringComparer.OrdinalIgnoreCase);
        var seen = report.Services.ToDictionary(s => s.ServiceNamespace, StringComparer.OrdinalIgnoreCase);
        var services = granted.Values.Select(g => Usage(g, seen.GetValueOrDefault(g.Namespace)))
            .Concat(report.Services.Where(s => !granted.ContainsKey(s.ServiceNamespace))
                .Select(s => Usage(new ServiceGrant(s.ServiceNamespace, s.ServiceName, [], false, false), s)))
            .ToList();
        return new AccessAdvisorReport(jobId, subject, report.Status, created, services, report.Error);
    }

    private static ServiceUsage Usage(ServiceGrant g, IamServiceLastAccessed? seen) => new(
        g.Namespace, seen?.ServiceName ?? g.ServiceName, g.GrantedBy, seen?.LastAuthenticated,
        GroupQueryService.UserNameOf(seen?.LastAuthenticatedEntity), seen?.TotalAuthenticatedEntities ?? 0, g.GrantsPassRole, g.GrantsOnlyPassRole);

    private static (string Arn, DateTimeOffset Created) Identify(AdvisorSubject subject, InventorySnapshot snapshot)
    {
        if (subject.Kind == AdvisorSubjectKind.User)
        {
            var user = snapshot.FindUser(subject.Name) ?? throw new NoSuchEntityException($"The user with name {subject.Name} cannot be found.");
            return (user.Arn, user.CreateDate);
        }
        var group = snapshot.FindGroup(subject.Name) ?? throw new NoSuchEntityException($"The group with name {subject.Name} cannot be found.");
        return (group.Group.Arn, group.Group.CreateDate);
    }
}
