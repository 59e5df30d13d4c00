using IamPortal.Application.Inventory;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Inventory;

public class UserInventoryRowFactoryTests
{
    private static CredentialReportRow Report(string row) =>
        CredentialReportParser.Parse(Sample.ReportHeader + "\n" + row).Single();

    [Fact]
    public void Create_ConsoleAndKeyUser_DerivesAgesAndLastActivity()
    {
        var report = Report(Sample.ReportRow("alice", true, "2026-11-20T10:00:00+00:00", false, true, "2026-05-02T12:00:00+00:00", "2026-11-27T00:00:00+00:00"));

        var row = UserInventoryRowFactory.Create(UserInventoryFacts.FromAccountRead(Sample.UserDetail("alice", "devs", "admins"), report, null), Sample.Now);

        row.LastActivity.Should().Be(new DateTimeOffset(2026, 11, 27, 0, 0, 0, TimeSpan.Zero), "the key was used after the last sign-in");
        row.ActiveKeyAgeDays.Should().Be(210);
        row.ActiveKeyCount.Should().Be(1);
        row.PasswordAgeDays.Should().Be(180);
        row.GroupsText.Should().Be("admins, devs");
        row.MfaActive.Should().BeFalse();
    }

    [Fact]
    public void Create_VirtualMfaAssigned_CountsAsMfaEvenIfReportIsOld()
    {
        var report = Report(Sample.ReportRow("bob", true, "N/A", false, false, "N/A", "N/A"));

        var row = UserInventoryRowFactory.Create(UserInventoryFacts.FromAccountRead(Sample.UserDetail("bob"), report, "arn:aws:iam::123456789012:mfa/bob"), Sample.Now);

        row.MfaActive.Should().BeTrue();
        row.LastActivity.Should().BeNull("never used");
        row.ActiveKeyAgeDays.Should().BeNull();
    }

    [Fact]
    public void Create_UserMissingFromReport_StillListedWithoutCredentials()
    {
        var row = UserInventoryRowFactory.Create(UserInventoryFacts.FromAccountRead(Sample.UserDetail("new-user"), null, null), Sample.Now);

        row.UserName.Should().Be("new-user");
        row.PasswordEnabled.Should().BeFalse();
        row.AccessKey1.Should().BeNull();
    }
}
