using IamPortal.Application.Commands;
using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Reports;
using IamPortal.Web.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Reports;

public static class FakeReportServicesRegistration
{
    public static IServiceCollection AddReportFakes(this IServiceCollection services)
    {
        services.AddSingleton<FakeCredentialReportService>().AddSingleton<ICredentialReportService>(sp => sp.GetRequiredService<FakeCredentialReportService>());
        services.AddSingleton<FakeInactiveUsersService>().AddSingleton<IInactiveUsersService>(sp => sp.GetRequiredService<FakeInactiveUsersService>());
        return services;
    }
}

/// <summary>IAM answers STARTED, then INPROGRESS, then COMPLETE; the archive holds what the fake generated.</summary>
public sealed class FakeCredentialReportService : ICredentialReportService
{
    public const string Csv =
        "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated\n" +
        "<root_account>,arn:aws:iam::123456789012:root,2020-01-01T00:00:00+00:00,not_supported,no_information,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n" +
        "alice,arn:aws:iam::123456789012:user/alice,2025-01-01T00:00:00+00:00,true,2026-11-27T00:00:00+00:00,2026-06-01T00:00:00+00:00,N/A,true,true,2026-01-01T00:00:00+00:00,2026-11-27T00:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A";

    private readonly List<StoredCredentialReport> _archive = [];
    private int _polls;
    public int Downloads { get; private set; }
    public bool FailHistory { get; set; }

    public Task<CommandResult<CredentialReportProgress>> StartAsync(CancellationToken ct = default) =>
        Task.FromResult(CommandResult.Ok(new CredentialReportProgress(CredentialReportState.Started, null)));

    public Task<CommandResult<CredentialReportProgress>> PollAsync(CancellationToken ct = default)
    {
        if (++_polls < 2) return Task.FromResult(CommandResult.Ok(new CredentialReportProgress(CredentialReportState.InProgress, null)));
        var report = new StoredCredentialReport(Guid.NewGuid(), "123456789012", TestData.Now, TestData.Now, 1, Csv.Length, 300, new string('a', 64));
        _archive.Insert(0, report);
        return Task.FromResult(CommandResult.Ok(new CredentialReportProgress(CredentialReportState.Complete, report)));
    }

    public Task<CommandResult<IReadOnlyList<StoredCredentialReport>>> HistoryAsync(CancellationToken ct = default) =>
        Task.FromResult(FailHistory ? CommandResult.Failed<IReadOnlyList<StoredCredentialReport>>("The database is not answering.")
            : CommandResult.Ok<IReadOnlyList<StoredCredentialReport>>([.. _archive]));

    public Task<CommandResult<CredentialReportView?>> LatestAsync(CancellationToken ct = default) =>
        Task.FromResult(CommandResult.Ok(_archive.Count == 0 ? null
            : new CredentialReportView(_archive[0], CredentialReportTable.Parse(Csv), new CredentialReportFreshness(_archive[0].GeneratedAt, TestData.Now))));

    public Task<CommandResult<CredentialReportDownload>> DownloadAsync(Guid id, CancellationToken ct = default)
    {
        Downloads++;
        return Task.FromResult(CommandResult.Ok(new CredentialReportDownload("credential-report.csv", System.Text.Encoding.UTF8.GetBytes(Csv), new string('a', 64))));
    }

    public Task<CredentialReportFreshness> FreshnessAsync(CancellationToken ct = default) =>
        Task.FromResult(new CredentialReportFreshness(TestData.Now.AddHours(-1), TestData.Now));
}

/// <summary>Classifies a fixed set of users with the real calculator and filter, as the service does.</summary>
public sealed class FakeInactiveUsersService : IInactiveUsersService
{
    public List<UserInventoryRow> Users { get; } =
    [
        TestData.Row("alice") with { PasswordEnabled = true, PasswordLastUsed = TestData.Now.AddDays(-2), MfaActive = true, Tags = [new("Department", "Engineering")] },
        TestData.Row("bob") with { PasswordEnabled = true, PasswordLastUsed = TestData.Now.AddDays(-120), MfaActive = false, Tags = [new("Department", "Finance")] },
        TestData.Row("carol") with { PasswordEnabled = false, PasswordLastUsed = null, AccessKey1 = null, AccessKey2 = null, Tags = [new("Department", "Finance")] },
    ];
    public bool CanAct { get; set; } = true;
    public InactiveUsersFilter? LastFilter { get; private set; }

    public Task<CommandResult<InactiveUsersView>> GetAsync(InactiveUsersFilter filter, CancellationToken ct = default)
    {
        LastFilter = filter;
        var rows = Users.Select(u => new InactiveUserRow(UserActivityClassifier.Classify(u, TestData.Now, ActivityThresholds.Default), u))
            .Where(r => InactiveUsersService.Matches(r, filter)).ToList();
        var summary = HygieneSummaryCalculator.Compute(rows.Select(r => r.User).ToList(), TestData.Now, TestData.Now, ActivityThresholds.Default);
        var options = new InactiveUsersFilterOptions(["ops"], ["/"], ["Engineering", "Finance"], [], []);
        return Task.FromResult(CommandResult.Ok(new InactiveUsersView(summary, rows, Users.Count, options,
            new CredentialReportFreshness(TestData.Now.AddHours(-1), TestData.Now), CanAct)));
    }

    public async Task<CommandResult<string>> ExportCsvAsync(InactiveUsersFilter filter, CancellationToken ct = default) =>
        CommandResult.Ok(InactiveUsersService.ToCsv((await GetAsync(filter, ct)).Value!.Rows));
}
