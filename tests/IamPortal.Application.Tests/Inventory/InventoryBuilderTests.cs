using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Inventory;

public class InventoryBuilderTests
{
    private static (IInventoryService Service, IIamClient Fake) Build(int users, PortalRoleOption role = PortalRoleOption.Admin)
    {
        var iam = Substitute.For<IIamClient>();
        var names = Enumerable.Range(0, users).Select(i => $"user{i:D5}").ToList();
        var reportCalls = 0;
        iam.Configure().GetAccountAuthorizationDetailsAsync().ReturnsForAnyArgs(_ =>
                new IamAccountAuthorizationDetails(names.Select(n => Sample.UserDetail(n, "devs")).ToList(), [], []));
        iam.Configure().GenerateCredentialReportAsync().ReturnsForAnyArgs(_ =>
                ++reportCalls == 1 ? CredentialReportState.Started : CredentialReportState.Complete);
        iam.Configure().GetCredentialReportAsync().ReturnsForAnyArgs(_ => new IamCredentialReport(
                string.Join("\n", [Sample.ReportHeader, Sample.RootRow, .. names.Select(n => Sample.ReportRow(n, true, "2026-11-01T00:00:00+00:00", false, false, "N/A", "N/A"))]),
                Sample.Now));
        iam.Configure().ListVirtualMfaDevicesAsync().ReturnsForAnyArgs(_ =>
                (IReadOnlyList<IamVirtualMfaDevice>)[new IamVirtualMfaDevice("arn:aws:iam::123456789012:mfa/user00001", "user00001", Sample.Now)]);
        var time = new FakeTimeProvider(Sample.Now);
        var options = Options.Create(new InventoryOptions { CredentialReportPollInterval = TimeSpan.Zero });
        var op = new FakeOperator(role == PortalRoleOption.None ? Operators.PortalRole.None : Operators.PortalRole.Auditor);
        var service = new InventoryService(new InventoryBuilder(iam, iam, time, options), new InventoryCache(), new UserInventoryRowLoader(iam, iam, iam, iam, iam, op, time), op, new FakeAccounts(), time,
            options, NullLogger<InventoryService>.Instance);
        return (service, iam);
    }

    public enum PortalRoleOption { Admin, None }

    [Fact]
    public async Task GetAsync_ManyUsers_MakesNoCallPerUser()
    {
        var (service, iam) = Build(users: 2500);

        var snapshot = await service.GetAsync();

        snapshot.Users.Should().HaveCount(2500);
        snapshot.AccountId.Should().Be("123456789012");
        snapshot.FindUser("USER00001")!.MfaActive.Should().BeTrue("lookups are case-insensitive and the virtual MFA is joined");
        iam.CallNames().Should().HaveCount(4, "details + generate (STARTED) + get report (the poll) + virtual MFA");
    }

    [Fact]
    public async Task GetAsync_Build_KeepsTheRootRowAndRootsVirtualMfaWithoutAnotherCall()
    {
        var (service, iam) = Build(users: 2);
        const string rootDevice = "arn:aws:iam::123456789012:mfa/root-account-mfa-device";
        iam.Configure().ListVirtualMfaDevicesAsync().ReturnsForAnyArgs(_ => (IReadOnlyList<IamVirtualMfaDevice>)
            [new IamVirtualMfaDevice(rootDevice, null, Sample.Now, "arn:aws:iam::123456789012:root"),
             new IamVirtualMfaDevice("arn:aws:iam::123456789012:mfa/user00001", "user00001", Sample.Now, "arn:aws:iam::123456789012:user/user00001")]);

        var snapshot = await service.GetAsync();

        snapshot.Root!.Report!.IsRoot.Should().BeTrue();
        snapshot.Root.Report.PasswordLastUsed.Should().Be(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero));
        snapshot.Root.Report.PasswordEnabled.Should().BeFalse("root's password_enabled is not_supported");
        snapshot.Root.VirtualMfaSerial.Should().Be(rootDevice);
        snapshot.FindUser("user00001")!.MfaActive.Should().BeTrue();
        snapshot.Users.Should().NotContain(u => u.UserName == "<root_account>");
        iam.CallNames().Should().HaveCount(4, "the root's facts come from the reads the refresh already makes");
        AnswerOneUser(iam, "user00000");
        await service.UserChangedAsync("user00000");
        (await service.GetAsync()).Root.Should().BeSameAs(snapshot.Root, "patching a user keeps the root's facts");
    }

    [Fact]
    public async Task GetAsync_Build_AsksForTheAttachedAwsManagedPoliciesToo()
    {
        var (service, iam) = Build(users: 3);

        await service.GetAsync();

        _ = iam.Received(1).GetAccountAuthorizationDetailsAsync(
            Arg.Is<IReadOnlyCollection<AuthorizationDetailsFilter>>(f => f.Contains(AuthorizationDetailsFilter.AwsManagedPolicy)
                && f.Contains(AuthorizationDetailsFilter.LocalManagedPolicy) && !f.Contains(AuthorizationDetailsFilter.Role)),
            Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task GetAsync_ConcurrentReaders_ShareOneBuild()
    {
        var (service, iam) = Build(users: 10);

        var snapshots = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => service.GetAsync()));

        snapshots.Distinct().Should().HaveCount(1);
        _ = iam.ReceivedWithAnyArgs(1).GetAccountAuthorizationDetailsAsync();
    }

    [Fact]
    public async Task RefreshAsync_AfterGet_RebuildsFromIam()
    {
        var (service, iam) = Build(users: 3);
        var first = await service.GetAsync();

        var second = await service.RefreshAsync();

        second.Should().NotBeSameAs(first);
        _ = iam.ReceivedWithAnyArgs(2).GetAccountAuthorizationDetailsAsync();
    }

    [Fact]
    public async Task GetAsync_OperatorWithoutRole_IsRefusedBeforeAnyIamCall()
    {
        var (service, iam) = Build(users: 3, PortalRoleOption.None);

        var act = () => service.GetAsync();

        await act.Should().ThrowAsync<Operators.PortalAccessDeniedException>();
        iam.CallNames().Should().BeEmpty();
    }

    private static IIamClient AnswerOneUser(IIamClient iam, string name)
    {
        var user = new IamUser(name, "AIDAPATCHED0000000001", $"arn:aws:iam::123456789012:user/{name}", "/", Sample.Now, Tags: [new IamTag("Team", "ops")]);
        iam.Configure().GetUserAsync(default!).ReturnsForAnyArgs(_ => user);
        iam.Configure().ListUserTagsAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamTag>)[new IamTag("Team", "ops")]);
        iam.Configure().ListSigningCertificatesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamSigningCertificate>)[]);
        iam.Configure().ListSshPublicKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamSshPublicKey>)[]);
        iam.Configure().ListServiceSpecificCredentialsAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamServiceSpecificCredential>)[]);
        iam.Configure().ListGroupsForUserAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamGroup>)[new IamGroup("ops", "AGPA2", "arn:aws:iam::123456789012:group/ops", "/", Sample.Now)]);
        iam.Configure().ListAttachedUserPoliciesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAttachedPolicy>)[]);
        iam.Configure().ListUserPoliciesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<string>)["inline-one"]);
        iam.Configure().GetLoginProfileAsync(default!).ReturnsForAnyArgs(_ => (IamLoginProfile?)new IamLoginProfile(name, Sample.Now.AddDays(-3), true));
        iam.Configure().ListAccessKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAccessKey>)
                [new IamAccessKey(name, "AKIANEWER00000000002", IamAccessKeyStatus.Active, Sample.Now.AddDays(-1)),
                 new IamAccessKey(name, "AKIAOLDER00000000001", IamAccessKeyStatus.Inactive, Sample.Now.AddDays(-100))]);
        iam.Configure().GetAccessKeyLastUsedAsync(default!).ReturnsForAnyArgs(a => new IamAccessKeyLastUsed(name, (string)a[0]!, Sample.Now.AddHours(-2), "s3", "eu-west-1"));
        iam.Configure().ListMfaDevicesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamMfaDevice>)[new IamMfaDevice(name, $"arn:aws:iam::123456789012:mfa/{name}", Sample.Now)]);
        return iam;
    }

    [Fact]
    public async Task UserChangedAsync_ExistingUser_RowReReadWithoutRebuildingTheAccount()
    {
        var (service, iam) = Build(users: 3);
        await service.GetAsync();
        AnswerOneUser(iam, "user00001");

        await service.UserChangedAsync("user00001");

        var row = (await service.GetAsync()).FindUser("user00001")!;
        row.Groups.Should().Equal("ops");
        row.Tags.Should().ContainSingle(t => t.Key == "Team");
        row.InlinePolicyCount.Should().Be(1);
        row.PasswordEnabled.Should().BeTrue();
        row.PasswordAgeDays.Should().Be(3);
        row.AccessKey1!.Active.Should().BeFalse("the oldest key fills the first slot, as in the credential report");
        row.AccessKey2!.Active.Should().BeTrue();
        row.ActiveKeyCount.Should().Be(1);
        row.ActiveKeyAgeDays.Should().Be(1);
        row.MfaActive.Should().BeTrue();
        iam.CallsTo(nameof(IIamClient.GetAccountAuthorizationDetailsAsync)).Should().Be(1, "one user changed: no rebuild");
    }

    [Fact]
    public async Task UserChangedAsync_NewAndDeletedUsers_AddedAndRemovedInNameOrder()
    {
        var (service, iam) = Build(users: 3);
        await service.GetAsync();

        AnswerOneUser(iam, "user00001a");
        await service.UserChangedAsync("user00001a");
        iam.Configure().GetUserAsync(default!).ThrowsAsyncForAnyArgs(new NoSuchEntityException("The user with name user00002 cannot be found."));
        await service.UserChangedAsync("user00002");

        (await service.GetAsync()).Users.Select(u => u.UserName).Should().Equal("user00000", "user00001", "user00001a");
    }

    [Fact]
    public async Task UserChangedAsync_IamFails_SnapshotDroppedAndRebuiltOnNextRead()
    {
        var (service, iam) = Build(users: 3);
        await service.GetAsync();
        iam.Configure().GetUserAsync(default!).ThrowsAsyncForAnyArgs(new ThrottlingException("Throttling", "Rate exceeded", null));

        await service.UserChangedAsync("user00001");
        await service.GetAsync();

        _ = iam.ReceivedWithAnyArgs(2).GetAccountAuthorizationDetailsAsync();
    }

    [Fact]
    public async Task UserChangedAsync_GroupsDenied_SnapshotKeptAndRowKeepsItsPreviousGroups()
    {
        var (service, iam) = Build(users: 3);
        await service.GetAsync();
        AnswerOneUser(iam, "user00001");
        iam.Configure().ListGroupsForUserAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.Denied("ListGroupsForUser"));

        await service.UserChangedAsync("user00001");

        var row = (await service.GetAsync()).FindUser("user00001")!;
        row.Groups.Should().Equal(["devs"], "the build's groups stay when the re-read of groups is refused");
        row.GroupsText.Should().Be("devs");
        row.Tags.Should().ContainSingle(t => t.Key == "Team", "the parts that were read are patched");
        row.ActiveKeyCount.Should().Be(1);
        iam.CallsTo(nameof(IIamClient.GetAccountAuthorizationDetailsAsync)).Should().Be(1, "a refused part does not drop the snapshot");
    }

    [Fact]
    public async Task UserChangedAsync_ExistingUser_ReadsOnlyWhatTheRowShows()
    {
        var (service, iam) = Build(users: 3);
        await service.GetAsync();
        AnswerOneUser(iam, "user00001");
        var before = iam.CallNames().Count;

        await service.UserChangedAsync("user00001");

        iam.CallNames().Skip(before).Should().HaveCount(11, "the user, seven reads in parallel, one last use per access key and one document per inline policy")
            .And.NotContain([nameof(IIamClient.ListSigningCertificatesAsync), nameof(IIamClient.ListSshPublicKeysAsync),
                nameof(IIamClient.ListServiceSpecificCredentialsAsync)]);
    }

    [Fact]
    public async Task UserChangedAsync_UnchangedUser_SameRowAsTheBuild()
    {
        var (service, iam) = Build(users: 3);
        var built = (await service.GetAsync()).FindUser("user00001")!;
        // What Build's account-wide read says of user00001, answered by the one-user calls.
        var detail = Sample.UserDetail("user00001", "devs");
        iam.Configure().GetUserAsync(default!).ReturnsForAnyArgs(_ => detail.User with { PasswordLastUsed = new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero) });
        iam.Configure().ListUserTagsAsync(default!).ReturnsForAnyArgs(_ => detail.Tags);
        iam.Configure().ListGroupsForUserAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamGroup>)[new IamGroup("devs", "AGPA1", "arn:aws:iam::123456789012:group/devs", "/", Sample.Now)]);
        iam.Configure().ListAttachedUserPoliciesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAttachedPolicy>)[]);
        iam.Configure().ListUserPoliciesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<string>)[]);
        iam.Configure().GetLoginProfileAsync(default!).ReturnsForAnyArgs(_ => (IamLoginProfile?)new IamLoginProfile("user00001", new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero), false));
        iam.Configure().ListAccessKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAccessKey>)[]);
        iam.Configure().ListMfaDevicesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamMfaDevice>)[new IamMfaDevice("user00001", "arn:aws:iam::123456789012:mfa/user00001", Sample.Now)]);

        await service.UserChangedAsync("user00001");

        var reRead = (await service.GetAsync()).FindUser("user00001")!;
        reRead.Should().NotBeSameAs(built);
        reRead.Should().BeEquivalentTo(built, o => o.ComparingByMembers<UserInventoryRow>(), "the bulk build and the one-user re-read fill the same facts");
    }

    [Fact]
    public async Task UserChangedAsync_DuringTheFirstBuild_PatchAppliedToItsResult()
    {
        var (service, iam) = Build(users: 3);
        var details = new TaskCompletionSource<IamAccountAuthorizationDetails>(TaskCreationOptions.RunContinuationsAsynchronously);
        iam.Configure().GetAccountAuthorizationDetailsAsync().ReturnsForAnyArgs(_ => details.Task);
        var first = service.GetAsync();
        SpinWait.SpinUntil(() => iam.CallsTo(nameof(IIamClient.GetAccountAuthorizationDetailsAsync)) == 1, TimeSpan.FromSeconds(5)).Should().BeTrue();
        AnswerOneUser(iam, "user00001");

        await service.UserChangedAsync("user00001");
        details.SetResult(new IamAccountAuthorizationDetails([.. new[] { "user00000", "user00001", "user00002" }.Select(n => Sample.UserDetail(n, "devs"))], [], []));

        (await first.WaitAsync(TimeSpan.FromSeconds(5))).FindUser("user00001")!.Groups.Should().Equal(["ops"], "the build read the user before the change");
    }
}
