using IamPortal.Application.Audit;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Audit;

public class AuditedOperationsTests
{
    private static (AuditedOperations Ops, MemoryAuditLog Log) Create(PortalRole role)
    {
        var log = new MemoryAuditLog();
        return (new AuditedOperations(new FakeOperator(role), log, new FakeAccounts(), new FakeTimeProvider(Sample.Now)), log);
    }

    [Fact]
    public async Task RunAsync_Allowed_RunsAndRecordsSuccessWithoutSecrets()
    {
        var (ops, log) = Create(PortalRole.SecurityAdmin);
        var ran = false;

        await ops.RunAsync(Permission.ManageUsers, "Users.ResetPassword", "alice",
            new Dictionary<string, object?> { ["Password"] = "S3cret!S3cret!" }, _ => { ran = true; return Task.CompletedTask; });

        ran.Should().BeTrue();
        var entry = log.Entries.Should().ContainSingle().Subject.Record;
        entry.Outcome.Should().Be(AuditOutcomes.Success);
        entry.OperatorName.Should().Be("Test Operator");
        entry.Role.Should().Be("SecurityAdmin");
        entry.AccountId.Should().Be("123456789012");
        entry.ParametersJson.Should().NotContain("S3cret");
    }

    [Theory]
    [InlineData(PortalRole.Auditor)]
    [InlineData(PortalRole.TeamLead)]
    [InlineData(PortalRole.None)]
    public async Task RunAsync_RoleWithoutPermission_RefusesAuditsAndNeverRuns(PortalRole role)
    {
        var (ops, log) = Create(role);
        var ran = false;

        var act = () => ops.RunAsync(Permission.ManageUsers, "Users.DeleteAccessKey", "alice", null, _ => { ran = true; return Task.CompletedTask; });

        await act.Should().ThrowAsync<PortalAccessDeniedException>().WithMessage("*delete access key*");
        ran.Should().BeFalse();
        log.Entries.Should().ContainSingle().Which.Record.Outcome.Should().Be(AuditOutcomes.Denied);
    }

    [Fact]
    public async Task RunAsync_IamError_RecordsItsCodeAndRethrows()
    {
        var (ops, log) = Create(PortalRole.SecurityAdmin);

        var act = () => ops.RunAsync(Permission.ManageUsers, "Users.Delete", "alice", null,
            _ => throw new DeleteConflictException("Cannot delete entity, must delete login profile first."));

        await act.Should().ThrowAsync<DeleteConflictException>();
        log.Entries.Single().Record.Outcome.Should().Be(IamErrorCodes.DeleteConflict);
        log.Entries.Single().Record.Error.Should().Contain("login profile");
    }

    [Fact]
    public void RolePermissions_MatchTheBrief()
    {
        RolePermissions.Allows(PortalRole.SecurityAdmin, Permission.ManageUsers).Should().BeTrue();
        RolePermissions.Allows(PortalRole.Auditor, Permission.ReadAudit).Should().BeTrue();
        RolePermissions.Allows(PortalRole.Auditor, Permission.ManageGroups).Should().BeFalse();
        RolePermissions.Allows(PortalRole.TeamLead, Permission.ReviewAccess).Should().BeTrue();
        RolePermissions.Allows(PortalRole.TeamLead, Permission.ReadAudit).Should().BeFalse();
        RolePermissions.Allows(PortalRole.None, Permission.ReadIam).Should().BeFalse();
    }
}
