using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Tests.Aws;

public sealed class IamPoliciesApiTests(IamTargetFixture target) : IClassFixture<IamTargetFixture>
{
    private readonly IIamClient _iam = target.Client();

    [Fact]
    public async Task ManagedPolicy_FullLifecycle_EveryCallAgrees()
    {
        var name = TestNames.Unique("policy");
        var user = TestNames.Unique("user");
        var group = TestNames.Unique("group");
        var path = $"/{TestNames.Unique("path")}/";
        string? arn = null;
        try
        {
            await _iam.CreateUserAsync(user);
            await _iam.CreateGroupAsync(group);
            var created = await _iam.CreatePolicyAsync(name, TestNames.AllowListBuckets, path, "itest policy");
            arn = created.Arn;
            var v2 = await _iam.CreatePolicyVersionAsync(arn, TestNames.TrickyDocument, setAsDefault: true);
            var fetched = await _iam.GetPolicyAsync(arn);
            var versions = await _iam.ListPolicyVersionsAsync(arn);
            var v1Document = await _iam.GetPolicyVersionAsync(arn, "v1");
            var v2Document = await _iam.GetPolicyVersionAsync(arn, v2.VersionId);
            var local = await _iam.ListPoliciesAsync(PolicyScope.Local, pathPrefix: path);

            await _iam.SetDefaultPolicyVersionAsync(arn, "v1");
            await _iam.DeletePolicyVersionAsync(arn, v2.VersionId);
            await _iam.AttachUserPolicyAsync(user, arn);
            await _iam.AttachGroupPolicyAsync(group, arn);
            var entities = await _iam.ListEntitiesForPolicyAsync(arn);
            var userPolicies = await _iam.ListAttachedUserPoliciesAsync(user);
            var groupPolicies = await _iam.ListAttachedGroupPoliciesAsync(group);
            var attachedOnly = await _iam.ListPoliciesAsync(PolicyScope.Local, onlyAttached: true, pathPrefix: path);
            var deleteWhileAttached = () => _iam.DeletePolicyAsync(arn);
            await deleteWhileAttached.Should().ThrowAsync<DeleteConflictException>();
            await _iam.DetachUserPolicyAsync(user, arn);
            await _iam.DetachGroupPolicyAsync(group, arn);
            await _iam.DeletePolicyAsync(arn);

            created.Should().Match<IamManagedPolicy>(p => p.PolicyName == name && p.Path == path && p.DefaultVersionId == "v1" && !p.IsAwsManaged);
            created.Arn.Should().Be($"arn:aws:iam::{created.Arn.Split(':')[4]}:policy{path}{name}");
            v2.VersionId.Should().Be("v2");
            v2.IsDefaultVersion.Should().BeTrue();
            fetched.DefaultVersionId.Should().Be("v2");
            fetched.Description.Should().Be("itest policy");
            versions.Select(v => v.VersionId).Should().BeEquivalentTo(["v1", "v2"]);
            v1Document.Document.Should().Be(TestNames.AllowListBuckets);
            v2Document.Document.Should().Be(TestNames.TrickyDocument);
            local.Select(p => p.Arn).Should().Equal(arn);
            entities.UserNames.Should().Equal(user);
            entities.GroupNames.Should().Equal(group);
            entities.RoleNames.Should().BeEmpty();
            userPolicies.Should().Equal(new IamAttachedPolicy(name, arn));
            groupPolicies.Should().Equal(new IamAttachedPolicy(name, arn));
            attachedOnly.Should().ContainSingle().Which.AttachmentCount.Should().Be(2);
            await FluentActions.Awaiting(() => _iam.GetPolicyAsync(arn)).Should().ThrowAsync<NoSuchEntityException>();
            arn = null;
        }
        finally
        {
            if (arn is not null) await IamCleanup.DeletePolicyAsync(_iam, arn);
            await IamCleanup.DeleteUserAsync(_iam, user);
            await IamCleanup.DeleteGroupAsync(_iam, group);
        }
    }

    [Fact]
    public async Task ListPoliciesAsync_AwsScope_IncludesAdministratorAccess()
    {
        var policies = await _iam.ListPoliciesAsync(PolicyScope.Aws);

        policies.Should().Contain(p => p.Arn == "arn:aws:iam::aws:policy/AdministratorAccess" && p.IsAwsManaged);
        policies.Should().OnlyContain(p => p.IsAwsManaged);
    }

    [Fact]
    public async Task CreatePolicyAsync_MalformedDocument_ThrowsMalformedPolicyDocument()
    {
        var act = () => _iam.CreatePolicyAsync(TestNames.Unique("policy"), "{ this is not json");

        (await act.Should().ThrowAsync<MalformedPolicyDocumentException>()).Which.HttpStatus.Should().Be(400);
    }

    [Fact]
    public async Task CreatePolicyVersionAsync_SixthVersion_ThrowsLimitExceeded()
    {
        var created = await _iam.CreatePolicyAsync(TestNames.Unique("policy"), TestNames.AllowListBuckets);
        try
        {
            for (var i = 0; i < 4; i++) await _iam.CreatePolicyVersionAsync(created.Arn, TestNames.AllowListBuckets, setAsDefault: false);

            var act = () => _iam.CreatePolicyVersionAsync(created.Arn, TestNames.AllowListBuckets, setAsDefault: false);

            await act.Should().ThrowAsync<LimitExceededException>();
        }
        finally
        {
            await IamCleanup.DeletePolicyAsync(_iam, created.Arn);
        }
    }

    [Fact]
    public async Task GetPolicyAsync_UnknownArn_ThrowsNoSuchEntity()
    {
        await FluentActions.Awaiting(() => _iam.GetPolicyAsync("arn:aws:iam::123456789012:policy/itest-missing"))
            .Should().ThrowAsync<NoSuchEntityException>();
    }

    [Fact]
    public async Task AttachUserPolicyAsync_UnknownPolicy_ThrowsNoSuchEntity()
    {
        var user = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(user);

            await FluentActions.Awaiting(() => _iam.AttachUserPolicyAsync(user, "arn:aws:iam::aws:policy/ItestNoSuchPolicy"))
                .Should().ThrowAsync<NoSuchEntityException>();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, user);
        }
    }

    [Fact]
    public async Task UserInlinePolicy_PutGetListDelete_DocumentRoundTripsExactly()
    {
        var user = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(user);

            await _iam.PutUserPolicyAsync(user, "itest-inline", TestNames.TrickyDocument);
            var names = await _iam.ListUserPoliciesAsync(user);
            var policy = await _iam.GetUserPolicyAsync(user, "itest-inline");
            await _iam.DeleteUserPolicyAsync(user, "itest-inline");

            names.Should().Equal("itest-inline");
            policy.Should().Be(new IamInlinePolicy("itest-inline", TestNames.TrickyDocument));
            await FluentActions.Awaiting(() => _iam.GetUserPolicyAsync(user, "itest-inline")).Should().ThrowAsync<NoSuchEntityException>();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, user);
        }
    }

    [Fact]
    public async Task GroupInlinePolicy_PutGetListDelete_DocumentRoundTripsExactly()
    {
        var group = TestNames.Unique("group");
        try
        {
            await _iam.CreateGroupAsync(group);

            await _iam.PutGroupPolicyAsync(group, "itest-inline", TestNames.AllowListBuckets);
            var names = await _iam.ListGroupPoliciesAsync(group);
            var policy = await _iam.GetGroupPolicyAsync(group, "itest-inline");
            await _iam.DeleteGroupPolicyAsync(group, "itest-inline");

            names.Should().Equal("itest-inline");
            policy.Document.Should().Be(TestNames.AllowListBuckets);
            (await _iam.ListGroupPoliciesAsync(group)).Should().BeEmpty();
            await FluentActions.Awaiting(() => _iam.DeleteGroupPolicyAsync(group, "itest-inline")).Should().ThrowAsync<NoSuchEntityException>();
        }
        finally
        {
            await IamCleanup.DeleteGroupAsync(_iam, group);
        }
    }

    [Fact]
    public async Task PutUserPolicyAsync_MalformedDocument_ThrowsMalformedPolicyDocument()
    {
        var user = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(user);

            await FluentActions.Awaiting(() => _iam.PutUserPolicyAsync(user, "bad", "[1,2,3"))
                .Should().ThrowAsync<MalformedPolicyDocumentException>();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, user);
        }
    }

    [Fact]
    public async Task ListAttachedGroupPoliciesAsync_UnknownGroup_ThrowsNoSuchEntity()
    {
        await FluentActions.Awaiting(() => _iam.ListAttachedGroupPoliciesAsync(TestNames.Unique("missing"))).Should().ThrowAsync<NoSuchEntityException>();
    }
}
