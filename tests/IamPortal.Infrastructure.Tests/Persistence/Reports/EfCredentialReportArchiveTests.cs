using System.Security.Cryptography;
using System.Text;
using IamPortal.Application.Iam;
using IamPortal.Application.Reports;
using IamPortal.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Infrastructure.Tests.Persistence.Reports;

/// <summary>The credential report archive on a real database (SQLite; PostgreSQL when configured): the original CSV back byte for byte, one row per generation.</summary>
public abstract class EfCredentialReportArchiveTests(DatabaseProvider provider) : PortalDatabaseTests(provider)
{
    public sealed class OnSqlite() : EfCredentialReportArchiveTests(DatabaseProvider.Sqlite);

    public sealed class OnPostgres() : EfCredentialReportArchiveTests(DatabaseProvider.Postgres);

    private const string Header =
        "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active," +
        "access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service," +
        "access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service," +
        "cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated";

    private static IamCredentialReport Report(DateTimeOffset generated, int users)
    {
        var csv = new StringBuilder(Header).Append('\n')
            .Append("<root_account>,arn:aws:iam::111111111111:root,2020-01-01T00:00:00+00:00,not_supported,2026-01-01T00:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n");
        for (var i = 0; i < users; i++)
            csv.Append($"user{i:0000},arn:aws:iam::111111111111:user/user{i:0000},2024-03-01T00:00:00+00:00,true,no_information,2024-03-01T00:00:00+00:00,N/A,false,true,2024-03-01T00:00:00+00:00,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n");
        return new IamCredentialReport(csv.ToString(), generated);
    }

    [SkippableFact]
    public async Task SaveAsync_ThenRead_OriginalCsvBackWithItsHashAndOneRowPerGeneration()
    {
        var archive = Db.Get<ICredentialReportArchive>();
        var first = new DateTimeOffset(2026, 11, 30, 8, 0, 0, TimeSpan.Zero);
        var older = Report(first, 300);
        var newer = Report(first.AddHours(5), 301);

        var saved = await archive.SaveAsync("111111111111", older);
        (await archive.SaveAsync("111111111111", older)).Id.Should().Be(saved.Id, "the same generation is stored once");
        await archive.SaveAsync("111111111111", newer);
        await archive.SaveAsync("222222222222", Report(first, 3));

        saved.UserRows.Should().Be(300, "the root row is not a user");
        saved.Sha256.Should().Be(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(older.Csv))));
        saved.CompressedBytes.Should().BeLessThan(saved.CsvBytes / 3, "the archive keeps the report gzip-compressed");

        var other = Db.StartInstance().GetRequiredService<ICredentialReportArchive>();
        var list = await other.ListAsync("111111111111");
        list.Select(r => r.GeneratedAt).Should().Equal(first.AddHours(5), first);
        (await other.LatestAsync("111111111111"))!.Csv.Should().Be(newer.Csv);
        (await other.GetAsync("111111111111", saved.Id))!.Csv.Should().Be(older.Csv);
        (await other.GetAsync("222222222222", saved.Id)).Should().BeNull("another account's report is not reachable by id");
    }

    [SkippableFact]
    public async Task DeleteGeneratedBeforeAsync_OlderReportsOfThatAccountGoTheNewestStays()
    {
        var archive = Db.Get<ICredentialReportArchive>();
        var first = new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);
        await archive.SaveAsync("111111111111", Report(first, 2));
        await archive.SaveAsync("111111111111", Report(first.AddDays(30), 2));
        await archive.SaveAsync("222222222222", Report(first, 2));

        (await archive.DeleteGeneratedBeforeAsync("111111111111", first.AddDays(1))).Should().Be(1);
        (await archive.DeleteGeneratedBeforeAsync("111111111111", first.AddDays(365))).Should().Be(0, "the newest report is always kept");

        (await archive.ListAsync("111111111111")).Select(r => r.GeneratedAt).Should().Equal(first.AddDays(30));
        (await archive.ListAsync("222222222222")).Should().ContainSingle();
    }
}
