using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Application.Reports;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Reports;

public sealed class CredentialReportArchiveSinkTests
{
    private static readonly AccountContext Account = new(FakeAccounts.AccountId, null);
    private static readonly IamCredentialReport Report = new(Sample.ReportHeader + "\n" + Sample.RootRow, Sample.Now);
    private readonly ICredentialReportArchive _archive = Substitute.For<ICredentialReportArchive>();
    private readonly FakeTimeProvider _time = new(Sample.Now);

    private CredentialReportArchiveSink Sink(int retentionDays = 90) =>
        new(_archive, Options.Create(new ReportsOptions { CredentialReportRetentionDays = retentionDays }), _time);

    [Fact]
    public async Task ReportDownloaded_ArchivesThenDeletesReportsOlderThanTheRetention()
    {
        _time.Advance(TimeSpan.FromDays(3));

        await Sink().ReportDownloadedAsync(Account, Report);

        Received.InOrder(() =>
        {
            _archive.SaveAsync(FakeAccounts.AccountId, Report, Arg.Any<CancellationToken>());
            _archive.DeleteGeneratedBeforeAsync(FakeAccounts.AccountId, Sample.Now.AddDays(3 - 90), Arg.Any<CancellationToken>());
        });
    }

    [Fact]
    public async Task ReportDownloaded_RetentionZero_KeepsEveryReport()
    {
        await Sink(retentionDays: 0).ReportDownloadedAsync(Account, Report);

        await _archive.Received(1).SaveAsync(FakeAccounts.AccountId, Report, Arg.Any<CancellationToken>());
        await _archive.DidNotReceiveWithAnyArgs().DeleteGeneratedBeforeAsync(default!, default);
    }

    [Fact]
    public async Task ReportDownloaded_PruneFails_RefreshIsNotFailed()
    {
        _archive.DeleteGeneratedBeforeAsync(default!, default).ReturnsForAnyArgs<int>(_ => throw new IOException("disk full"));

        await FluentActions.Invoking(() => Sink().ReportDownloadedAsync(Account, Report)).Should().NotThrowAsync();
    }
}
