using IamPortal.Application.Inventory;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Inventory;

public class CredentialReportParserTests
{
    [Fact]
    public void Parse_RealReport_ReadsRootAndUserCells()
    {
        var csv = string.Join("\n", Sample.ReportHeader, Sample.RootRow,
            Sample.ReportRow("alice", true, "2026-11-20T10:00:00+00:00", true, true, "2026-01-01T00:00:00+00:00", "2026-11-27T00:00:00+00:00"),
            Sample.ReportRow("svc-ci", false, "N/A", false, true, "2025-01-01T00:00:00+00:00", "N/A"));

        var rows = CredentialReportParser.Parse(csv);

        rows.Should().HaveCount(3);
        rows[0].IsRoot.Should().BeTrue();
        rows[0].PasswordEnabled.Should().BeFalse("not_supported is not a password");
        var alice = rows[1];
        alice.PasswordEnabled.Should().BeTrue();
        alice.PasswordLastUsed.Should().Be(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero));
        alice.MfaActive.Should().BeTrue();
        alice.AccessKey1.LastUsedService.Should().Be("s3");
        var svc = rows[2];
        svc.PasswordLastUsed.Should().BeNull("N/A is no date");
        svc.AccessKey1.LastUsed.Should().BeNull();
        svc.AccessKey1.LastUsedRegion.Should().BeNull();
        svc.AccessKey2.Active.Should().BeFalse();
    }

    [Fact]
    public void Parse_MissingColumn_ThrowsFormatExceptionNamingIt()
    {
        var csv = "user,arn\nalice,arn:aws:iam::1:user/alice";

        var act = () => CredentialReportParser.Parse(csv);

        act.Should().Throw<FormatException>().WithMessage("*mfa_active*");
    }

    [Fact]
    public void Columns_AreIamsTwentyTwoInOrder() =>
        string.Join(",", CredentialReportParser.Columns).Should().Be(Sample.ReportHeader);
}
