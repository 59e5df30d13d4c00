using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Sandbox;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Infrastructure.Tests.Aws;

/// <summary>
/// A Sandbox hosting an organization: the management account (the portal's own, 10 users), <see cref="WorkloadId"/>
/// (6 users), <see cref="GuardedId"/> whose roles want <see cref="ExternalId"/>, a suspended account, and 22 empty
/// members so that ListAccounts takes two pages of 20.
/// </summary>
public sealed class OrganizationTargetFixture : IamTargetFixture
{
    public const string WorkloadId = "210000000001";
    public const string GuardedId = "210000000002";
    public const string SuspendedId = "210000000003";
    public const string ExternalId = "portal-ext-42";
    public const int EmptyMembers = 22;

    protected override int SeedUsers => 10;

    protected override SandboxOptions SandboxOptions
    {
        get
        {
            var organization = SandboxOrganizationOptions.Uniform(EmptyMembers, usersEach: 0);
            organization.Accounts.InsertRange(0,
            [
                Member(WorkloadId, "Workload", users: 6),
                Member(GuardedId, "Guarded", users: 2, externalId: ExternalId),
                Member(SuspendedId, "Retired", users: 0, status: "SUSPENDED"),
            ]);
            return new SandboxOptions { SeedUsers = SeedUsers, Seed = 42, Organization = organization };
        }
    }

    private static SandboxMemberAccountOptions Member(string id, string name, int users, string? externalId = null, string status = "ACTIVE") => new()
    {
        Id = id, Name = name, Email = $"aws-{name.ToLowerInvariant()}@example.com", Alias = $"acme-{name.ToLowerInvariant()}",
        SeedUsers = users, Seed = 7, ExternalId = externalId, Status = status,
    };

    /// <summary>The portal's role in a member account, with the ExternalId its trust wants (unless told otherwise).</summary>
    public static AwsTarget Target(string accountId, string? externalId = null, string roleName = SandboxOrganizationDefaults.PortalRole) =>
        new(accountId, $"arn:aws:iam::{accountId}:role/{roleName}", externalId ?? (accountId == GuardedId ? ExternalId : null));

    /// <summary>A scope whose IAM and STS clients act on <paramref name="target"/> for <paramref name="sourceIdentity"/>.</summary>
    public IServiceProvider For(AwsTarget? target, string? sourceIdentity = null) =>
        Services(services: s => s.AddScoped<IAwsTargetAccessor>(_ => new FixedTargetAccessor(target, sourceIdentity)));

    public IIamClient Iam(AwsTarget? target, string? sourceIdentity = null) => For(target, sourceIdentity).GetRequiredService<IIamClient>();

    /// <summary>The member's users as the Sandbox holds them.</summary>
    public IReadOnlyList<string> UserNames(string accountId)
    {
        var state = Control.State(accountId);
        lock (state.Sync) return [.. state.Users.Values.Select(u => u.UserName).Order(StringComparer.Ordinal)];
    }
}
