using IamPortal.Application.Iam;
using IamPortal.Application.Inventory;
using IamPortal.Application.Operators;
using IamPortal.Application.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Application.Tests.Inventory;

public class UserInventoryRowLoaderTests
{
    private static readonly IamUser Alice = new("alice", "AIDAalice", "arn:aws:iam::123456789012:user/alice", "/", Sample.Now.AddDays(-100));
    private static readonly AccessKeySlot UsedKey = new(true, Sample.Now.AddDays(-30), Sample.Now.AddDays(-2), "s3", "eu-west-1");

    /// <summary>The row the snapshot had before the change: in a group, with MFA, a password, one used key and two inline policies.</summary>
    private static readonly UserInventoryRow Previous = Sample.Row("alice", mfa: true, groups: "ops") with
    {
        VirtualMfaSerial = "arn:aws:iam::123456789012:mfa/alice", PasswordEnabled = true, PasswordLastChanged = Sample.Now.AddDays(-50),
        AccessKey1 = UsedKey, InlinePolicyCount = 2,
    };

    private static UserInventoryRowLoader Loader(IIamClient iam, PortalRole role = PortalRole.Auditor) =>
        new(iam, iam, iam, iam, iam, new FakeOperator(role), new FakeTimeProvider(Sample.Now));

    [Fact]
    public async Task LoadAsync_OperatorWithoutRole_IsRefusedBeforeAnyIamCall()
    {
        var iam = Substitute.For<IIamClient>();

        var act = () => Loader(iam, PortalRole.None).LoadAsync("alice", null, CancellationToken.None);

        await act.Should().ThrowAsync<PortalAccessDeniedException>();
        iam.CallNames().Should().BeEmpty();
    }

    [Fact]
    public async Task LoadAsync_EveryPartDenied_RowKeepsItsPreviousValues()
    {
        var iam = Substitute.For<IIamClient>().AnsweringEmptyUser(Alice);
        iam.Configure().ListGroupsForUserAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.Denied("ListGroupsForUser"));
        iam.Configure().ListUserPoliciesAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.Denied("ListUserPolicies"));
        iam.Configure().ListUserTagsAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.Denied("ListUserTags"));
        iam.Configure().GetLoginProfileAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.ServiceFailure());
        iam.Configure().ListAccessKeysAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.Denied("ListAccessKeys"));
        iam.Configure().ListMfaDevicesAsync(default!).ThrowsAsyncForAnyArgs(new IamException(IamErrorCodes.NotImplemented, "ListMFADevices", null, 501));

        var row = await Loader(iam).LoadAsync("alice", Previous, CancellationToken.None);

        row.Should().NotBeNull();
        row!.Groups.Should().Equal("ops");
        row.InlinePolicyCount.Should().Be(2);
        row.Tags.Should().BeEquivalentTo(Previous.Tags);
        row.PasswordEnabled.Should().BeTrue();
        row.PasswordAgeDays.Should().Be(50);
        row.AccessKey1.Should().Be(UsedKey);
        row.ActiveKeyCount.Should().Be(1);
        row.LastActivity.Should().Be(UsedKey.LastUsed);
        row.MfaActive.Should().BeTrue();
        row.VirtualMfaSerial.Should().Be(Previous.VirtualMfaSerial);
    }

    [Fact]
    public async Task LoadAsync_KeyLastUseDenied_KeyFromTheListWithItsPreviousLastUse()
    {
        var iam = Substitute.For<IIamClient>().AnsweringEmptyUser(Alice);
        iam.Configure().ListAccessKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAccessKey>)
            [new IamAccessKey("alice", "AKIAUSED000000000001", IamAccessKeyStatus.Inactive, UsedKey.LastRotated!.Value)]);
        iam.Configure().GetAccessKeyLastUsedAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.Denied("GetAccessKeyLastUsed"));

        var row = await Loader(iam).LoadAsync("alice", Previous, CancellationToken.None);

        row!.AccessKey1.Should().Be(UsedKey with { Active = false }, "the status is read now; the last use is the one known before");
        row.ActiveKeyCount.Should().Be(0);
        row.Groups.Should().BeEmpty("the groups were read: the user is in none now");
    }

    [Fact]
    public async Task LoadAsync_PartDeniedForUserNewToTheSnapshot_RowMadeWithThatPartEmpty()
    {
        var iam = Substitute.For<IIamClient>().AnsweringEmptyUser(Alice);
        iam.Configure().ListUserTagsAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamTag>)[new IamTag("team", "payments")]);
        iam.Configure().ListMfaDevicesAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.Denied("ListMFADevices"));

        var row = await Loader(iam).LoadAsync("alice", previous: null, CancellationToken.None);

        row!.UserName.Should().Be("alice");
        row.Tags.Should().ContainSingle(t => t.Key == "team");
        row.MfaActive.Should().BeFalse();
    }

    [Fact]
    public async Task LoadAsync_GetUserDenied_Throws()
    {
        var iam = Substitute.For<IIamClient>().AnsweringEmptyUser(Alice);
        iam.Configure().GetUserAsync(default!).ThrowsAsyncForAnyArgs(IamUserReads.Denied("GetUser"));

        var act = () => Loader(iam).LoadAsync("alice", Previous, CancellationToken.None);

        await act.Should().ThrowAsync<IamAccessDeniedException>("without the user the row cannot be trusted: the cache rebuilds");
    }

    [Fact]
    public async Task LoadAsync_InlinePolicies_RowHoldsTheirDocuments()
    {
        var iam = Substitute.For<IIamClient>().AnsweringEmptyUser(Alice);
        iam.Configure().ListUserPoliciesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<string>)["deploy", "read"]);
        iam.Configure().GetUserPolicyAsync("alice", "deploy").Returns(new IamInlinePolicy("deploy", "{\"new\":1}"));
        iam.Configure().GetUserPolicyAsync("alice", "read").ThrowsAsync(IamUserReads.Denied("GetUserPolicy"));
        var previous = Previous with { InlinePolicies = [new IamInlinePolicy("deploy", "{\"old\":1}"), new IamInlinePolicy("read", "{\"read\":1}")] };

        var row = await Loader(iam).LoadAsync("alice", previous, CancellationToken.None);

        row!.InlinePolicyCount.Should().Be(2);
        row.InlinePolicies.Should().Equal(new IamInlinePolicy("deploy", "{\"new\":1}"), new IamInlinePolicy("read", "{\"read\":1}"));
    }
}
