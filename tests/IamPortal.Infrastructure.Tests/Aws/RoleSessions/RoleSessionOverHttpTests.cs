using IamPortal.Application.Iam;
using IamPortal.Infrastructure.Aws.RoleSessions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace IamPortal.Infrastructure.Tests.Aws.RoleSessions;

/// <summary>The role sessions STS hands the portal in the Sandbox: their duration, and what the logs say about them.</summary>
public sealed class RoleSessionOverHttpTests(OrganizationTargetFixture target) : IClassFixture<OrganizationTargetFixture>
{
    private static readonly IamPortal.Application.Accounts.AwsTarget Workload = OrganizationTargetFixture.Target(OrganizationTargetFixture.WorkloadId);

    [SkippableFact]
    public async Task GetAsync_ConfiguredDuration_IsTheSessionsLifetime()
    {
        target.RequireSandbox();
        var sessions = target.Services(s => s["Iam:RoleSessionDurationSeconds"] = "900").GetRequiredService<RoleSessionCache>();

        var session = await sessions.GetAsync(Workload, null, CancellationToken.None);

        session.Expiration.Should().BeCloseTo(DateTimeOffset.UtcNow.AddSeconds(900), TimeSpan.FromSeconds(30));
        (await session.Credentials.GetCredentialsAsync()).AccessKey.Should().StartWith("ASIA");
    }

    [SkippableFact]
    public async Task Logging_ChangeInAMemberAccount_NamesRoleAndAccountButNoKeySecretOrToken()
    {
        target.RequireSandbox();
        var sink = new CapturingLoggerProvider();
        var logged = target.Services(services: s =>
        {
            s.AddLogging(b => b.AddProvider(sink).SetMinimumLevel(LogLevel.Trace));
            s.AddScoped<IamPortal.Application.Accounts.IAwsTargetAccessor>(_ => new FixedTargetAccessor(Workload, "alice@example.com"));
        });
        var iam = logged.GetRequiredService<IIamClient>();

        await iam.CreateUserAsync(TestNames.Unique("log"));
        await iam.ListUsersAsync();

        var sessions = logged.GetRequiredService<RoleSessionCache>();
        var secrets = new[]
        {
            await (await sessions.GetAsync(Workload, "alice@example.com", CancellationToken.None)).Credentials.GetCredentialsAsync(),
            await (await sessions.GetAsync(Workload, null, CancellationToken.None)).Credentials.GetCredentialsAsync(),
        };
        var logs = sink.Messages.ToList();
        logs.Should().Contain(m => m.Contains($"AssumeRole {Workload.RoleArn} in account {Workload.AccountId}", StringComparison.Ordinal)
            && m.Contains("alice@example.com", StringComparison.Ordinal));
        foreach (var c in secrets)
        {
            logs.Should().NotContain(m => m.Contains(c.AccessKey, StringComparison.Ordinal) || m.Contains(c.SecretKey, StringComparison.Ordinal)
                || m.Contains(c.Token, StringComparison.Ordinal));
        }
    }
}
