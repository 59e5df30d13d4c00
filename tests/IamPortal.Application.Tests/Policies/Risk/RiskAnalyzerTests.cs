using System.Diagnostics;
using IamPortal.Application.Policies.Analysis;
using IamPortal.Application.Policies.Catalog;
using IamPortal.Application.Policies.Risk;
using static IamPortal.Application.Tests.Policies.Risk.ManagedPolicyFixtures;

namespace IamPortal.Application.Tests.Policies.Risk;

public class RiskAnalyzerTests
{
    private static readonly RiskAnalyzer Analyzer = new(new ActionCatalog());

    private static RiskReport Analyze(string document, string name = "test") => Analyzer.Analyze(new PolicySource(name, document));

    private static RiskFinding? Escalation(RiskReport report, params string[] actions) =>
        report.Findings.SingleOrDefault(f => f.Category == RiskCategory.PrivilegeEscalation && f.Actions.Order().SequenceEqual(actions.Order(), StringComparer.OrdinalIgnoreCase));

    [Fact]
    public void Analyze_AdministratorAccess_IsAdminEquivalentCriticalConfirmedAndReadable()
    {
        var report = Analyze(AdministratorAccess, "AdministratorAccess");

        var admin = report.Findings.Should().ContainSingle(f => f.Category == RiskCategory.AdminEquivalent).Subject;
        admin.Severity.Should().Be(RiskSeverity.Critical);
        admin.Confirmed.Should().BeTrue();
        admin.Statements.Should().Equal(new StatementRef("AdministratorAccess", 0, null));
        admin.Explanation.Should().Contain("anything");
        report.Findings.Should().HaveCount(1, "admin-equivalent implies every other risk");
        report.Highest.Should().Be(RiskSeverity.Critical);
    }

    [Fact]
    public void Analyze_PowerUserAccess_FlagsNotActionButIsNotAdmin()
    {
        var report = Analyze(PowerUserAccess, "PowerUserAccess");

        report.Findings.Should().NotContain(f => f.Category == RiskCategory.AdminEquivalent);
        var notAction = report.Findings.Should().ContainSingle(f => f.Category == RiskCategory.AllowWithNotActionOrNotResource).Subject;
        notAction.Actions.Should().Equal("iam:*", "organizations:*", "account:*");
        notAction.Statements.Should().Equal(new StatementRef("PowerUserAccess", 0, null));
        Escalation(report, "lambda:UpdateFunctionCode")!.Confirmed.Should().BeTrue();
        report.Findings.Should().NotContain(f => f.Actions.Contains("iam:PassRole"), "iam:* is left out");
        report.Findings.Should().Contain(f => f.Category == RiskCategory.FullAccessKmsOrCloudTrail && f.Key.EndsWith("kms:*"));
    }

    [Fact]
    public void Analyze_ReadOnlyAccess_FindsDataExfiltrationAndNoEscalation()
    {
        var report = Analyze(ReadOnlyAccess, "ReadOnlyAccess");

        var s3 = report.Findings.Should().ContainSingle(f => f.Category == RiskCategory.DataExfiltration && f.Actions.Contains("s3:GetObject")).Subject;
        s3.Severity.Should().Be(RiskSeverity.Medium);
        s3.Confirmed.Should().BeTrue();
        s3.Statements.Should().Equal(new StatementRef("ReadOnlyAccess", 0, "ReadOnlyActions"));
        report.Findings.Should().Contain(f => f.Category == RiskCategory.DataExfiltration && f.Actions.Contains("secretsmanager:GetSecretValue") == false && f.Actions.Contains("ssm:GetParameter"));
        report.Findings.Should().NotContain(f => f.Category == RiskCategory.PrivilegeEscalation || f.Category == RiskCategory.AdminEquivalent);
    }

    [Fact]
    public void Analyze_IamUserChangePassword_NothingAboveLow()
    {
        Analyze(IamUserChangePassword).Highest.Should().BeOneOf(RiskSeverity.None, RiskSeverity.Low);
    }

    [Fact]
    public void AnalyzeTogether_PassRoleAndRunInstancesInTwoPolicies_FindsTheSplitEscalation()
    {
        var passRole = new PolicySource("group ops: pass", Allow("\"iam:PassRole\""));
        var runInstances = new PolicySource("group dev: ec2", Allow("[\"ec2:RunInstances\",\"ec2:Describe*\"]"));

        var together = Analyzer.AnalyzeTogether([passRole, runInstances]);

        var path = Escalation(together, "ec2:RunInstances", "iam:PassRole")!;
        path.Should().NotBeNull();
        path.Confirmed.Should().BeTrue();
        path.Severity.Should().Be(RiskSeverity.High);
        path.Title.Should().Be("Privilege escalation through ec2:RunInstances + iam:PassRole");
        path.Statements.Select(s => s.PolicyName).Should().BeEquivalentTo(["group ops: pass", "group dev: ec2"]);
        Escalation(Analyzer.Analyze(passRole), "ec2:RunInstances", "iam:PassRole").Should().BeNull();
        Escalation(Analyzer.Analyze(runInstances), "ec2:RunInstances", "iam:PassRole").Should().BeNull();
    }

    [Fact]
    public void Analyze_DenyOnEveryResource_RemovesTheDeniedActions()
    {
        var report = Analyze(Document(
            Statement("\"iam:*\""),
            Statement("[\"iam:CreateAccessKey\",\"iam:CreatePolicyVersion\"]", effect: "Deny")));

        report.Findings.Should().NotContain(f => f.Actions.Contains("iam:CreateAccessKey") || f.Actions.Contains("iam:CreatePolicyVersion"));
        Escalation(report, "iam:Put*")!.Confirmed.Should().BeTrue("iam:Put* covers iam:PutUserPolicy");
        Escalation(report, "iam:*").Should().BeNull("iam:* is no longer all allowed");
    }

    [Fact]
    public void Analyze_ConditionOrScopedResource_MakesTheFindingPotential()
    {
        var conditional = Analyze(Allow("\"iam:CreatePolicyVersion\"").Replace("\"Resource\":\"*\"", "\"Resource\":\"*\",\"Condition\":{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"true\"}}"));
        var scoped = Analyze(Allow("\"iam:CreatePolicyVersion\"", "\"arn:aws:iam::123456789012:policy/app-*\""));
        var conditionalDeny = Analyze(Document(Statement("\"iam:CreatePolicyVersion\""),
            Statement("\"iam:*\"", effect: "Deny", condition: "{\"Bool\":{\"aws:MultiFactorAuthPresent\":\"false\"}}")));

        foreach (var report in new[] { conditional, scoped, conditionalDeny })
        {
            var path = Escalation(report, "iam:CreatePolicyVersion")!;
            path.Confirmed.Should().BeFalse();
            path.Title.Should().Be("Privilege escalation through iam:CreatePolicyVersion");
            path.Explanation.Should().Contain("Potential");
        }
        Escalation(Analyze(Allow("\"iam:CreatePolicyVersion\"")), "iam:CreatePolicyVersion")!.Confirmed.Should().BeTrue();
    }

    [Fact]
    public void Analyze_NotActionLeavingAlmostEverything_IsAdminEquivalent()
    {
        var report = Analyze(Document(Statement("[\"iam:DeleteUser\",\"s3:DeleteBucket\"]", actionElement: "NotAction")));

        report.Findings.Select(f => f.Category).Should().BeEquivalentTo([RiskCategory.AdminEquivalent, RiskCategory.AllowWithNotActionOrNotResource]);
        report.Findings[0].Category.Should().Be(RiskCategory.AdminEquivalent);
    }

    [Fact]
    public void Analyze_NotResourceExcludingOneBucket_IsAdminEquivalent()
    {
        var report = Analyze(Document(Statement("\"*\"", "\"arn:aws:s3:::audit-logs/*\"", resourceElement: "NotResource")));

        report.Findings.Should().Contain(f => f.Category == RiskCategory.AdminEquivalent && f.Confirmed);
        report.Findings.Should().Contain(f => f.Category == RiskCategory.AllowWithNotActionOrNotResource && f.Title == "Allow with NotResource");
    }

    [Fact]
    public void Analyze_AdminWithCondition_IsPotentialAndKeepsOtherConfirmedRisks()
    {
        var report = Analyze(Document(
            Statement("\"*\"", condition: "{\"IpAddress\":{\"aws:SourceIp\":\"203.0.113.0/24\"}}"),
            Statement("\"iam:CreateAccessKey\"")));

        report.Findings[0].Category.Should().Be(RiskCategory.AdminEquivalent);
        report.Findings[0].Confirmed.Should().BeFalse();
        report.Findings.Should().Contain(f => f.Category == RiskCategory.CredentialsExposure && f.Confirmed && f.Actions.SequenceEqual(new[] { "iam:CreateAccessKey" }));
        report.Findings.Where(f => f.Category != RiskCategory.AdminEquivalent).Should().OnlyContain(f => f.Confirmed);
    }

    [Fact]
    public void Analyze_IamFullAccess_ReportsTheWildcardPathOnceNotEverySingleAction()
    {
        var report = Analyze(IamFullAccess, "IAMFullAccess");

        Escalation(report, "iam:*")!.Confirmed.Should().BeTrue();
        Escalation(report, "iam:PutUserPolicy").Should().BeNull("iam:* covers it");
        Escalation(report, "iam:AttachRolePolicy", "sts:AssumeRole").Should().BeNull("sts:AssumeRole is not allowed");
        report.Findings.Should().Contain(f => f.Category == RiskCategory.ServiceWideWildcard && f.Key == "ServiceWideWildcard:iam:*");
        report.Findings.Should().Contain(f => f.Category == RiskCategory.PassRoleOnAnyResource && f.Confirmed);
        report.Findings.Should().Contain(f => f.Category == RiskCategory.CredentialsExposure && f.Actions.Contains("iam:CreateAccessKey"));
        report.Findings.Should().Contain(f => f.Category == RiskCategory.PermissionsManagement && f.Title == "Permissions management in iam");
        report.Findings.Should().OnlyHaveUniqueItems(f => f.Key);
    }

    [Fact]
    public void Analyze_LongerCombinationContainingAReportedOne_IsLeftOut()
    {
        var report = Analyze(Allow("[\"iam:CreateAccessKey\",\"iam:DeleteAccessKey\",\"iam:PutUserPolicy\"]"));

        Escalation(report, "iam:CreateAccessKey").Should().NotBeNull();
        Escalation(report, "iam:PutUserPolicy").Should().NotBeNull();
        Escalation(report, "iam:CreateAccessKey", "iam:DeleteAccessKey").Should().BeNull();
        Escalation(report, "iam:CreateAccessKey", "iam:PutUserPolicy").Should().BeNull();
    }

    [Theory]
    [InlineData("not json")]
    [InlineData("{\"Statement\":42}")]
    [InlineData("[1,2]")]
    [InlineData("")]
    public void AnalyzeTogether_MalformedDocument_IsSkipped(string malformed)
    {
        Analyze(malformed).Findings.Should().BeEmpty();
        Analyzer.AnalyzeTogether([new("broken", malformed), new("AdministratorAccess", AdministratorAccess)])
            .Findings.Should().ContainSingle(f => f.Category == RiskCategory.AdminEquivalent);
    }

    [Fact]
    public void Analyze_StatementObjectAndStringElementsInAnyCase_AreRead()
    {
        var report = Analyze("""{"Version":"2012-10-17","statement":{"effect":"allow","action":"IAM:createpolicyversion","resource":"*"}}""");

        Escalation(report, "iam:CreatePolicyVersion")!.Confirmed.Should().BeTrue();
    }

    [Fact]
    public void Compare_PotentialBecomingConfirmed_CountsAsAdded()
    {
        var before = Analyze(Allow("\"iam:CreatePolicyVersion\"", "\"arn:aws:iam::123456789012:policy/app-*\""));
        var after = Analyze(Allow("\"iam:CreatePolicyVersion\""));

        var difference = Analyzer.Compare(before, after);

        difference.Added.Should().ContainSingle(f => f.Category == RiskCategory.PrivilegeEscalation && f.Confirmed);
        difference.Removed.Should().BeEmpty();
        Analyzer.Compare(after, before).Removed.Should().ContainSingle(f => f.Category == RiskCategory.PrivilegeEscalation);
        Analyzer.Compare(after, after).IsEmpty.Should().BeTrue();
    }

    [Fact]
    public void Compare_FromAdministratorAccessToLess_AddsNothing()
    {
        var admin = Analyze(AdministratorAccess);
        var iam = Analyze(IamFullAccess);

        var down = Analyzer.Compare(admin, iam);
        down.Added.Should().BeEmpty("administrator access implied every one of them");
        down.Removed.Should().ContainSingle(f => f.Category == RiskCategory.AdminEquivalent);
        Analyzer.Compare(iam, admin).Added.Should().ContainSingle(f => f.Category == RiskCategory.AdminEquivalent);
    }

    [Fact]
    public void AnalyzeTogether_AThousandUsersWithOwnInlinePolicies_IsFast()
    {
        var shared = new[] { ReadOnlyAccess, PowerUserAccess, IamUserChangePassword, IamFullAccess, AdministratorAccess };
        Analyzer.Analyze(new("warm", ReadOnlyAccess));
        var watch = Stopwatch.StartNew();

        for (var user = 0; user < 1000; user++)
        {
            var policies = new List<PolicySource> { new("ReadOnlyAccess", shared[user % 5]), new("IAMUserChangePassword", IamUserChangePassword) };
            policies.Add(new($"inline {user}", Allow($"\"s3:GetObject\"", $"\"arn:aws:s3:::bucket-{user}/*\"")));
            Analyzer.AnalyzeTogether(policies).Findings.Should().NotBeNull();
        }

        // Typically well under a second; the bound only catches an engine that stopped caching (a loaded CI machine is slow).
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "the users list analyses every user of the inventory");
    }
}
