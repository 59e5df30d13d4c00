using System.Text;
using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests;

public sealed class ReportsCliTests(SandboxFixture fx) : IClassFixture<SandboxFixture>
{
    [SkippableFact]
    public async Task Credential_report_is_started_then_complete_with_IAM_columns()
    {
        var before = await fx.Cli.RunAsync("iam", "get-credential-report");
        before.ErrorCode.Should().Be("ReportNotPresent");
        (await fx.Cli.RunAsync("iam", "generate-credential-report")).ShouldSucceed().Json.GetProperty("State").GetString().Should().Be("STARTED");
        (await fx.Cli.RunAsync("iam", "generate-credential-report")).ShouldSucceed().Json.GetProperty("State").GetString().Should().Be("COMPLETE");

        var report = (await fx.Cli.RunAsync("iam", "get-credential-report")).ShouldSucceed().Json;
        report.GetProperty("ReportFormat").GetString().Should().Be("text/csv");
        var csv = Encoding.UTF8.GetString(Convert.FromBase64String(report.GetProperty("Content").GetString()!));
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        header.Should().HaveCount(22);
        header.Should().Equal("user", "arn", "user_creation_time", "password_enabled", "password_last_used", "password_last_changed",
            "password_next_rotation", "mfa_active", "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date",
            "access_key_1_last_used_region", "access_key_1_last_used_service", "access_key_2_active", "access_key_2_last_rotated",
            "access_key_2_last_used_date", "access_key_2_last_used_region", "access_key_2_last_used_service", "cert_1_active",
            "cert_1_last_rotated", "cert_2_active", "cert_2_last_rotated");
        lines[1].Should().StartWith("<root_account>,arn:aws:iam::123456789012:root,");
        lines.Skip(1).Should().OnlyContain(l => l.Split(',').Length == 22);
        lines.Should().HaveCount(2 + 40);
        lines.Should().Contain(l => l.StartsWith("svc-backup,") && l.Split(',')[3] == "false");
    }

    [SkippableFact]
    public async Task Authorization_details_honour_filters()
    {
        var users = (await fx.Cli.RunAsync("iam", "get-account-authorization-details", "--filter", "User")).ShouldSucceed().Json;
        users.GetProperty("UserDetailList").GetArrayLength().Should().Be(40);
        users.GetProperty("GroupDetailList").GetArrayLength().Should().Be(0);
        var breakGlass = users.GetProperty("UserDetailList").EnumerateArray().Single(u => u.GetProperty("UserName").GetString() == "break-glass-admin");
        breakGlass.GetProperty("GroupList").EnumerateArray().Select(g => g.GetString()).Should().Contain("admins");
        breakGlass.GetProperty("Tags").GetArrayLength().Should().BeGreaterThan(0);

        var groupsAndPolicies = (await fx.Cli.RunAsync("iam", "get-account-authorization-details", "--filter", "Group", "LocalManagedPolicy")).ShouldSucceed().Json;
        groupsAndPolicies.GetProperty("UserDetailList").GetArrayLength().Should().Be(0);
        var admins = groupsAndPolicies.GetProperty("GroupDetailList").EnumerateArray().Single(g => g.GetProperty("GroupName").GetString() == "admins");
        admins.GetProperty("AttachedManagedPolicies")[0].GetProperty("PolicyArn").GetString().Should().Be("arn:aws:iam::aws:policy/AdministratorAccess");
        var policies = groupsAndPolicies.GetProperty("Policies").EnumerateArray().ToList();
        policies.Should().NotBeEmpty().And.OnlyContain(p => p.GetProperty("Arn").GetString()!.StartsWith("arn:aws:iam::123456789012:policy/"));
        var dev = policies.Single(p => p.GetProperty("PolicyName").GetString() == "DeveloperS3Access");
        dev.GetProperty("PolicyVersionList").GetArrayLength().Should().Be(3);
        dev.GetProperty("PolicyVersionList")[0].GetProperty("Document").GetProperty("Version").GetString().Should().Be("2012-10-17");
    }

    [SkippableFact]
    public async Task Account_summary_and_password_policy()
    {
        var summary = (await fx.Cli.RunAsync("iam", "get-account-summary")).ShouldSucceed().Json.GetProperty("SummaryMap");
        summary.GetProperty("Users").GetInt32().Should().BeGreaterThanOrEqualTo(40);
        summary.GetProperty("UsersQuota").GetInt32().Should().Be(5000);
        summary.GetProperty("GroupsQuota").GetInt32().Should().Be(300);
        summary.GetProperty("AccessKeysPerUserQuota").GetInt32().Should().Be(2);
        summary.GetProperty("MFADevicesInUse").GetInt32().Should().BeGreaterThan(0);

        var bad = await fx.Cli.RunAsync("iam", "update-account-password-policy", "--minimum-password-length", "129");
        bad.ErrorCode.Should().Be("ValidationError");
        (await fx.Cli.RunAsync("iam", "get-account-password-policy")).ShouldSucceed().Json
            .GetProperty("PasswordPolicy").GetProperty("MinimumPasswordLength").GetInt32().Should().Be(14);
    }

    [Fact]
    public async Task Service_last_accessed_job_completes()
    {
        var job = await fx.Http.CallAsync("GenerateServiceLastAccessedDetails", ("Arn", "arn:aws:iam::123456789012:group/admins"));
        var jobId = job.Value("JobId")!;
        var details = await fx.Http.CallAsync("GetServiceLastAccessedDetails", ("JobId", jobId));
        details.Status.Should().Be(200);
        details.Value("JobStatus").Should().Be("COMPLETED");
        details.All("ServiceNamespace").Select(e => e.Value).Should().Contain("s3");
    }
}
