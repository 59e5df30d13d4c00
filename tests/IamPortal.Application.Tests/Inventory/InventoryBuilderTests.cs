using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Inventory;

public class InventoryBuilderTests
{
    private static (IInventoryService Service, FakeIam Fake) Build(int users, PortalRoleOption role = PortalRoleOption.Admin)
    {
        var (client, fake) = FakeIam.Create();
        var names = Enumerable.Range(0, users).Select(i => $"user{i:D5}").ToList();
        var reportCalls = 0;
        fake.On(nameof(IIamClient.GetAccountAuthorizationDetailsAsync), _ =>
                new IamAccountAuthorizationDetails(names.Select(n => Sample.UserDetail(n, "devs")).ToList(), [], []))
            .On(nameof(IIamClient.GenerateCredentialReportAsync), _ =>
                ++reportCalls == 1 ? CredentialReportState.Started : CredentialReportState.Complete)
            .On(nameof(IIamClient.GetCredentialReportAsync), _ => new IamCredentialReport(
                string.Join("\n", [Sample.ReportHeader, Sample.RootRow, .. names.Select(n => Sample.ReportRow(n, true, "2026-11-01T00:00:00+00:00", false, false, "N/A", "N/A"))]),
                Sample.Now))
            .On(nameof(IIamClient.ListVirtualMfaDevicesAsync), _ =>
                (IReadOnlyList<IamVirtualMfaDevice>)[new IamVirtualMfaDevice("arn:aws:iam::123456789012:mfa/user00001", "user00001", Sample.Now)]);
        var time = new FakeTimeProvider(Sample.Now);
        var options = Options.Create(new InventoryOptions { CredentialReportPollInterval = TimeSpan.Zero });
        var op = new FakeOperator(role == PortalRoleOption.None ? Security.PortalRole.None : Security.PortalRole.Auditor);
        var service = new InventoryService(new InventoryBuilder(client, new FakeSts(), time, options), new InventoryCache(), op, time,
            options, NullLogger<InventoryService>.Instance);
        return (service, fake);
    }

    public enum PortalRoleOption { Admin, None }

    [Fact]
    public async Task GetAsync_ManyUsers_MakesNoCallPerUser()
    {
        var (service, fake) = Build(users: 2500);

        var snapshot = await service.GetAsync();

        snapshot.Users.Should().HaveCount(2500);
        snapshot.AccountId.Should().Be("123456789012");
        snapshot.FindUser("USER00001")!.MfaActive.Should().BeTrue("lookups are case-insensitive and the virtual MFA is joined");
        fake.Calls.Should().HaveCount(5, "details + generate (STARTED) + generate (COMPLETE) + get report + virtual MFA");
    }

    [Fact]
    public async Task GetAsync_ConcurrentReaders_ShareOneBuild()
    {
        var (service, fake) = Build(users: 10);

        var snapshots = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => service.GetAsync()));

        snapshots.Distinct().Should().HaveCount(1);
        fake.Count(nameof(IIamClient.GetAccountAuthorizationDetailsAsync)).Should().Be(1);
    }

    [Fact]
    public async Task RefreshAsync_AfterGet_RebuildsFromIam()
    {
        var (service, fake) = Build(users: 3);
        var first = await service.GetAsync();

        var second = await service.RefreshAsync();

        second.Should().NotBeSameAs(first);
        fake.Count(nameof(IIamClient.GetAccountAuthorizationDetailsAsync)).Should().Be(2);
    }

    [Fact]
    public async Task GetAsync_OperatorWithoutRole_IsRefusedBeforeAnyIamCall()
    {
        var (service, fake) = Build(users: 3, PortalRoleOption.None);

        var act = () => service.GetAsync();

        await act.Should().ThrowAsync<Security.PortalAccessDeniedException>();
        fake.Calls.Should().BeEmpty();
    }
}
