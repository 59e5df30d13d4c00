using IamPortal.Application.Findings;
using IamPortal.Application.Findings.Checks;
using IamPortal.Application.Inventory;
using static IamPortal.Application.Tests.Findings.FindingsSample;

namespace IamPortal.Application.Tests.Findings;

public sealed class RootChecksTests
{
    private const string RootDevice = "arn:aws:iam::123456789012:mfa/root-account-mfa-device";
    private static readonly AccountSettings Unreadable = Settings() with { Error = "AccessDenied" };

    private static FindingResult Judge(ICheck check, AccountSettings? settings = null, RootAccountFacts? root = null) =>
        check.Evaluate(Input(settings: settings, root: root)).Single();

    private static RootAccountFacts Facts(CredentialReportRow? row = null, string? virtualMfa = null) => new(row ?? RootRow(), virtualMfa);

    private static AccessKeySlot ActiveKey(int? usedDaysAgo = null) =>
        new(true, Now.AddDays(-900), usedDaysAgo is { } d ? Now.AddDays(-d) : null, null, null);

    [Fact]
    public void RootAccessKey_NoKeyInSummaryOrReport_Passes() =>
        Judge(new RootAccessKeyCheck(), Settings(rootKeys: 0), Facts()).Status.Should().Be(FindingStatus.Pass);

    [Fact]
    public void RootAccessKey_ActiveKeyInTheRootRow_FailsEvenWithoutTheSummary()
    {
        Judge(new RootAccessKeyCheck(), Unreadable, Facts(RootRow(key1: ActiveKey()))).Status.Should().Be(FindingStatus.Fail);
        Judge(new RootAccessKeyCheck(), Settings(rootKeys: 1), Facts(RootRow(key1: ActiveKey()))).Detail.Should().Contain("1 active");
    }

    [Fact]
    public void RootAccessKey_SummarySaysPresentButReportShowsNoneActive_FailsAsInactiveKey() =>
        Judge(new RootAccessKeyCheck(), Settings(rootKeys: 1), Facts()).Detail.Should().Contain("inactive");

    [Fact]
    public void RootAccessKey_NeitherSource_Manual()
    {
        Judge(new RootAccessKeyCheck(), Unreadable).Status.Should().Be(FindingStatus.Manual);
        Judge(new RootAccessKeyCheck(), Unreadable, Facts()).Status.Should().Be(FindingStatus.Manual, "an inactive key shows only in the summary");
    }

    [Fact]
    public void RootMfa_SummaryDecides_PassWithMfaFailWithout()
    {
        Judge(new RootMfaCheck(), Settings(mfa: 1), Facts(RootRow(mfa: false))).Status.Should().Be(FindingStatus.Pass, "the summary is fresher than the report");
        Judge(new RootMfaCheck(), Settings(mfa: 0), Facts()).Status.Should().Be(FindingStatus.Fail);
    }

    [Fact]
    public void RootMfa_SummaryUnreadable_FallsBackToTheRootRow()
    {
        Judge(new RootMfaCheck(), Unreadable, Facts(RootRow(mfa: true))).Status.Should().Be(FindingStatus.Pass);
        Judge(new RootMfaCheck(), Unreadable, Facts(RootRow(mfa: false))).Status.Should().Be(FindingStatus.Fail);
        Judge(new RootMfaCheck(), Unreadable).Status.Should().Be(FindingStatus.Manual);
    }

    [Fact]
    public void RootHardwareMfa_MfaOnAndNoVirtualDeviceIsRoots_Passes() =>
        Judge(new RootHardwareMfaCheck(), Settings(mfa: 1), Facts()).Status.Should().Be(FindingStatus.Pass);

    [Fact]
    public void RootHardwareMfa_RootsDeviceIsVirtual_FailsNamingIt()
    {
        var result = Judge(new RootHardwareMfaCheck(), Settings(mfa: 1), Facts(virtualMfa: RootDevice));

        result.Status.Should().Be(FindingStatus.Fail);
        result.Detail.Should().Contain(RootDevice);
    }

    [Fact]
    public void RootHardwareMfa_NoMfa_FailsAndUnknownDevices_Manual()
    {
        Judge(new RootHardwareMfaCheck(), Settings(mfa: 0), Facts()).Status.Should().Be(FindingStatus.Fail);
        Judge(new RootHardwareMfaCheck(), Settings(mfa: 1), root: null).Status.Should().Be(FindingStatus.Manual, "the device list is unknown");
    }

    [Fact]
    public void RootUsage_PasswordUsedWithinTheThreshold_Fails()
    {
        var result = Judge(new RootUsageCheck(), root: Facts(RootRow(passwordUsedDaysAgo: 0)));

        result.Status.Should().Be(FindingStatus.Fail);
        result.Detail.Should().Contain("password");
    }

    [Fact]
    public void RootUsage_KeyUsedRecently_Fails() =>
        Judge(new RootUsageCheck(), root: Facts(RootRow(passwordUsedDaysAgo: null, key1: ActiveKey(usedDaysAgo: 0)))).Detail
            .Should().Contain("access key 1");

    [Fact]
    public void RootUsage_UsedLongAgoOrNever_Passes()
    {
        Judge(new RootUsageCheck(), root: Facts(RootRow(passwordUsedDaysAgo: 37))).Status.Should().Be(FindingStatus.Pass);
        Judge(new RootUsageCheck(), root: Facts(RootRow(passwordUsedDaysAgo: null))).Detail.Should().Contain("no recorded use");
    }

    [Fact]
    public void RootUsage_NoRootRow_ManualPointingAtTheReport() =>
        Judge(new RootUsageCheck(), root: new RootAccountFacts(null, null)).Detail.Should().Contain("<root_account>");
}
