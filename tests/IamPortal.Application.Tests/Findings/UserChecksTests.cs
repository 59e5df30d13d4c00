using IamPortal.Application.Findings;
using IamPortal.Application.Findings.Checks;
using IamPortal.Application.Iam;
using static IamPortal.Application.Tests.Findings.FindingsSample;

namespace IamPortal.Application.Tests.Findings;

public sealed class UserChecksTests
{
    [Fact]
    public void ConsoleMfa_PassWithMfaFailWithoutAndSkipsUsersWithoutPassword()
    {
        var statuses = new UserConsoleMfaCheck().Statuses(Input([
            User("mfa") with { PasswordEnabled = true, MfaActive = true },
            User("nomfa") with { PasswordEnabled = true },
            User("keysonly")]));
        statuses.Should().BeEquivalentTo(new Dictionary<string, FindingStatus> { ["mfa"] = FindingStatus.Pass, ["nomfa"] = FindingStatus.Fail });
    }

    [Fact]
    public void UserMfa_JudgesEveryUserConsoleOrNot()
    {
        var results = new UserMfaCheck().Evaluate(Input([
            User("mfa") with { PasswordEnabled = true, MfaActive = true },
            User("nomfa") with { PasswordEnabled = true },
            User("keysonly")])).ToDictionary(r => r.ResourceName);

        results.ToDictionary(r => r.Key, r => r.Value.Status).Should().BeEquivalentTo(new Dictionary<string, FindingStatus>
            { ["mfa"] = FindingStatus.Pass, ["nomfa"] = FindingStatus.Fail, ["keysonly"] = FindingStatus.Fail });
        results["keysonly"].Detail.Should().Contain("no console password");
        new UserMfaCheck().Definition.SecurityHubId.Should().Be("IAM.19");
    }

    [Fact]
    public void AdministratorMfa_JudgesOnlyAdministrators()
    {
        var statuses = new AdministratorMfaCheck().Statuses(Input([
            User("admin-mfa") with { Groups = ["admins"], MfaActive = true },
            User("admin-direct") with { AttachedPolicies = [new IamAttachedPolicy("AdministratorAccess", AdminArn)] },
            User("dev") with { Groups = ["devs"] }],
            [Group("admins", AdminArn), Group("devs")]));
        statuses.Should().BeEquivalentTo(new Dictionary<string, FindingStatus> { ["admin-mfa"] = FindingStatus.Pass, ["admin-direct"] = FindingStatus.Fail });
    }

    [Fact]
    public void PrivilegedHardwareMfa_FailWithVirtualDevicePassWithHardware()
    {
        var statuses = new PrivilegedHardwareMfaCheck().Statuses(Input([
            User("virtual") with { Groups = ["admins"], MfaActive = true, VirtualMfaSerial = "arn:aws:iam::123456789012:mfa/virtual" },
            User("hardware") with { Groups = ["admins"], MfaActive = true },
            User("none") with { Groups = ["admins"] }],
            [Group("admins", AdminArn)]));
        statuses.Should().BeEquivalentTo(new Dictionary<string, FindingStatus> { ["virtual"] = FindingStatus.Fail, ["hardware"] = FindingStatus.Pass });
    }

    [Fact]
    public void InitialAccessKey_FailForNeverUsedKeyCreatedWithConsoleUser()
    {
        var created = Now.AddDays(-400);
        var statuses = new InitialAccessKeyCheck().Statuses(Input([
            User("initial") with { PasswordEnabled = true, AccessKey1 = new(true, created.AddSeconds(3), null, null, null) },
            User("used") with { PasswordEnabled = true, AccessKey1 = new(true, created.AddSeconds(3), Now.AddDays(-1), "s3", "us-east-1") },
            User("later") with { PasswordEnabled = true, AccessKey1 = new(true, created.AddDays(10), null, null, null) },
            User("service") with { AccessKey1 = new(true, created.AddSeconds(3), null, null, null) }]));
        statuses.Should().BeEquivalentTo(new Dictionary<string, FindingStatus>
        {
            ["initial"] = FindingStatus.Fail, ["used"] = FindingStatus.Pass, ["later"] = FindingStatus.Pass,
        });
    }

    [Fact]
    public void AccessKeyUnused_JudgesNeverUsedKeysByRotationDate()
    {
        var statuses = new AccessKeyUnusedCheck().Statuses(Input([
            User("recent") with { AccessKey1 = Key(200, 3) },
            User("stale") with { AccessKey1 = Key(200, 60) },
            User("new-never-used") with { AccessKey1 = Key(5, null) },
            User("old-never-used") with { AccessKey1 = Key(100, null) },
            User("inactive") with { AccessKey1 = Key(100, null) with { Active = false } }]));
        statuses.Should().BeEquivalentTo(new Dictionary<string, FindingStatus>
        {
            ["recent"] = FindingStatus.Pass, ["stale"] = FindingStatus.Fail, ["new-never-used"] = FindingStatus.Pass, ["old-never-used"] = FindingStatus.Fail,
        });
    }

    [Fact]
    public void ConsoleAccessUnused_JudgesNeverSignedInByPasswordDateAndSkipsDisabledConsole()
    {
        var statuses = new ConsoleAccessUnusedCheck().Statuses(Input([
            User("active") with { PasswordEnabled = true, PasswordLastUsed = Now.AddDays(-2) },
            User("idle") with { PasswordEnabled = true, PasswordLastUsed = Now.AddDays(-90) },
            User("new") with { PasswordEnabled = true, PasswordLastChanged = Now.AddDays(-3) },
            User("never") with { PasswordEnabled = true, PasswordLastChanged = Now.AddDays(-100) },
            User("disabled") with { PasswordLastUsed = Now.AddDays(-300) }]));
        statuses.Should().BeEquivalentTo(new Dictionary<string, FindingStatus>
        {
            ["active"] = FindingStatus.Pass, ["idle"] = FindingStatus.Fail, ["new"] = FindingStatus.Pass, ["never"] = FindingStatus.Fail,
        });
    }

    [Fact]
    public void TwoActiveKeys_FailWithTwoPassWithOne()
    {
        var statuses = new TwoActiveKeysCheck().Statuses(Input([
            User("one") with { AccessKey1 = Key(10, 1), AccessKey2 = Key(10, 1) with { Active = false } },
            User("two") with { AccessKey1 = Key(10, 1), AccessKey2 = Key(5, 1) }]));
        statuses.Should().BeEquivalentTo(new Dictionary<string, FindingStatus> { ["one"] = FindingStatus.Pass, ["two"] = FindingStatus.Fail });
    }

    [Fact]
    public void AccessKeyRotation_FailAtNinetyDays()
    {
        var statuses = new AccessKeyRotationCheck().Statuses(Input([
            User("fresh") with { AccessKey1 = Key(89, 1) },
            User("old") with { AccessKey1 = Key(90, 1) }]));
        statuses.Should().BeEquivalentTo(new Dictionary<string, FindingStatus> { ["fresh"] = FindingStatus.Pass, ["old"] = FindingStatus.Fail });
    }

    [Fact]
    public void UserPoliciesOnlyThroughGroups_FailWithAttachedOrInline()
    {
        var statuses = new UserPoliciesOnlyThroughGroupsCheck().Statuses(Input([
            User("grouped") with { Groups = ["devs"] },
            User("attached") with { AttachedPolicies = [new IamAttachedPolicy("ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess")] },
            User("inline") with { InlinePolicyCount = 1 }]));
        statuses.Should().BeEquivalentTo(new Dictionary<string, FindingStatus>
        {
            ["grouped"] = FindingStatus.Pass, ["attached"] = FindingStatus.Fail, ["inline"] = FindingStatus.Fail,
        });
    }

    [Fact]
    public void UserAdministratorAccess_FailWhenAttachedToTheUser()
    {
        var statuses = new UserAdministratorAccessCheck().Statuses(Input([
            User("admin") with { AttachedPolicies = [new IamAttachedPolicy("AdministratorAccess", AdminArn)] },
            User("viaGroup") with { Groups = ["admins"] }], [Group("admins", AdminArn)]));
        statuses.Should().BeEquivalentTo(new Dictionary<string, FindingStatus> { ["admin"] = FindingStatus.Fail, ["viaGroup"] = FindingStatus.Pass });
    }
}
