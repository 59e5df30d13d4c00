using IamPortal.Application.Audit;
using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.PasswordPolicy;
using IamPortal.Sandbox;
using IamPortal.Web.Tests.Features.Onboarding;
using IamPortal.Web.Tests.Flows;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.PasswordPolicy;

/// <summary>The password policy service on the real Application + Infrastructure over HTTP to a seeded Sandbox; end states read with the AWS CLI.</summary>
public sealed class PasswordPolicyFlowTests() : SandboxFlowTests("password-policy", new SandboxOptions { SeedUsers = 40, Seed = 7 })
{
    [Fact]
    public async Task DeleteThenApplyCisBaseline_OverHttp_CliShowsThePolicyAndBothAreAudited()
    {
        await using var scope = Scope();
        var service = scope.ServiceProvider.GetRequiredService<IPasswordPolicyService>();
        (await service.GetAsync()).Lines.Should().OnlyContain(l => l.Met, "the seed's policy is the CIS baseline");

        var deleted = await service.DeleteAsync();
        deleted.Value!.IsDefault.Should().BeTrue(deleted.Error);
        deleted.Value.Lines.Should().OnlyContain(l => !l.Met);
        var impact = service.DescribeImpact(deleted.Value, PasswordPolicyRules.CisBaseline);
        var consoleUsers = deleted.Value.ConsolePasswords.Count;
        consoleUsers.Should().BeGreaterThan(0);
        impact.Should().Contain(s => s.StartsWith("Turning on expiry after 90 days", StringComparison.Ordinal));
        impact.Should().Contain(s => s.Contains($"({consoleUsers} console users)", StringComparison.Ordinal));

        var saved = await service.SaveAsync(PasswordPolicyRules.CisBaseline);
        saved.Succeeded.Should().BeTrue(saved.Error);
        var cli = (await new OnboardingCli(Sandbox.BaseUrl).RunAsync("iam", "get-account-password-policy")).Json.GetProperty("PasswordPolicy");
        cli.GetProperty("MinimumPasswordLength").GetInt32().Should().Be(14);
        cli.GetProperty("PasswordReusePrevention").GetInt32().Should().Be(24);
        cli.GetProperty("MaxPasswordAge").GetInt32().Should().Be(90);
        cli.GetProperty("ExpirePasswords").GetBoolean().Should().BeTrue();

        var log = await scope.ServiceProvider.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery { Action = "PasswordPolicy", PageSize = 10 });
        log.Items.Select(e => e.Record.Action).Should().BeEquivalentTo([AuditActions.UpdatePasswordPolicy, AuditActions.DeletePasswordPolicy]);
        log.Items.Should().OnlyContain(e => e.Record.Outcome == AuditOutcomes.Success && e.Record.ParametersJson.Contains("Before"));
    }

    [Fact]
    public async Task SaveAsync_Auditor_DeniedAuditedAndIamUnchanged()
    {
        await using var scope = Scope(PortalRole.Auditor);
        var service = scope.ServiceProvider.GetRequiredService<IPasswordPolicyService>();
        (await service.GetAsync()).IsDefault.Should().BeFalse("auditors read the policy");
        var result = await service.SaveAsync(new IamPasswordPolicy(6));
        result.Status.Should().Be(CommandStatus.Denied);
        (await service.DeleteAsync()).Status.Should().Be(CommandStatus.Denied);
        (await scope.ServiceProvider.GetRequiredService<IIamClient>().GetAccountPasswordPolicyAsync())!.MinimumPasswordLength.Should().Be(14);
        var denied = await scope.ServiceProvider.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery { Outcome = AuditOutcomes.Denied, PageSize = 5 });
        denied.Items.Select(e => e.Record.Action).Should().Contain([AuditActions.UpdatePasswordPolicy, AuditActions.DeletePasswordPolicy]);
    }

    [Fact]
    public async Task SaveAsync_OutOfRange_InvalidAtTheFieldAndIamUnchanged()
    {
        await using var scope = Scope();
        var result = await scope.ServiceProvider.GetRequiredService<IPasswordPolicyService>()
            .SaveAsync(PasswordPolicyRules.CisBaseline with { PasswordReusePrevention = 25 });
        result.Errors.Should().ContainKey(PasswordPolicyFields.PasswordReusePrevention);
        (await scope.ServiceProvider.GetRequiredService<IIamClient>().GetAccountPasswordPolicyAsync())!.PasswordReusePrevention.Should().Be(24);
    }
}
