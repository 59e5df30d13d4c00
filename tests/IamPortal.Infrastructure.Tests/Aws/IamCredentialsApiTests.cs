using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Tests.Aws;

public sealed class IamCredentialsApiTests(IamTargetFixture target) : IClassFixture<IamTargetFixture>
{
    private readonly IIamClient _iam = target.Client();

    [Fact]
    public async Task LoginProfile_CreateUpdateDelete_GetLoginProfileFollows()
    {
        var name = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(name);
            var before = await _iam.GetLoginProfileAsync(name);

            var created = await _iam.CreateLoginProfileAsync(name, TestNames.StrongPassword, passwordResetRequired: true);
            await _iam.UpdateLoginProfileAsync(name, TestNames.StrongPassword + "x", passwordResetRequired: false);
            var updated = await _iam.GetLoginProfileAsync(name);
            await _iam.DeleteLoginProfileAsync(name);
            var after = await _iam.GetLoginProfileAsync(name);

            before.Should().BeNull();
            created.UserName.Should().Be(name);
            created.PasswordResetRequired.Should().BeTrue();
            updated!.PasswordResetRequired.Should().BeFalse();
            after.Should().BeNull();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, name);
        }
    }

    [Fact]
    public async Task CreateLoginProfileAsync_Twice_ThrowsEntityAlreadyExists()
    {
        var name = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(name);
            await _iam.CreateLoginProfileAsync(name, TestNames.StrongPassword, false);

            await FluentActions.Awaiting(() => _iam.CreateLoginProfileAsync(name, TestNames.StrongPassword, false))
                .Should().ThrowAsync<EntityAlreadyExistsException>();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, name);
        }
    }

    [Fact]
    public async Task GetLoginProfileAsync_UnknownUser_ReturnsNull()
    {
        (await _iam.GetLoginProfileAsync(TestNames.Unique("missing"))).Should().BeNull();
    }

    [Fact]
    public async Task DeleteLoginProfileAsync_NoProfile_ThrowsNoSuchEntity()
    {
        var name = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(name);

            await FluentActions.Awaiting(() => _iam.DeleteLoginProfileAsync(name)).Should().ThrowAsync<NoSuchEntityException>();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, name);
        }
    }

    [Fact]
    public async Task AccessKeys_CreateDeactivateDelete_ListAndLastUsedFollow()
    {
        var name = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(name);

            var key = await _iam.CreateAccessKeyAsync(name);
            await _iam.UpdateAccessKeyAsync(name, key.AccessKeyId, IamAccessKeyStatus.Inactive);
            var listed = await _iam.ListAccessKeysAsync(name);
            var lastUsed = await _iam.GetAccessKeyLastUsedAsync(key.AccessKeyId);
            await _iam.DeleteAccessKeyAsync(name, key.AccessKeyId);

            key.UserName.Should().Be(name);
            key.AccessKeyId.Should().StartWith("AKIA");
            key.SecretAccessKey.Should().HaveLength(40);
            key.Status.Should().Be(IamAccessKeyStatus.Active);
            key.ToString().Should().NotContain(key.SecretAccessKey);
            listed.Should().ContainSingle().Which.Should().Be(new IamAccessKey(name, key.AccessKeyId, IamAccessKeyStatus.Inactive, key.CreateDate));
            lastUsed.UserName.Should().Be(name);
            lastUsed.LastUsedDate.Should().BeNull();
            (await _iam.ListAccessKeysAsync(name)).Should().BeEmpty();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, name);
        }
    }

    [Fact]
    public async Task CreateAccessKeyAsync_ThirdKey_ThrowsLimitExceeded()
    {
        var name = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(name);
            await _iam.CreateAccessKeyAsync(name);
            await _iam.CreateAccessKeyAsync(name);

            (await FluentActions.Awaiting(() => _iam.CreateAccessKeyAsync(name)).Should().ThrowAsync<LimitExceededException>())
                .Which.HttpStatus.Should().Be(409);
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, name);
        }
    }

    [Fact]
    public async Task DeleteAccessKeyAsync_UnknownKey_ThrowsNoSuchEntity()
    {
        var name = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(name);

            await FluentActions.Awaiting(() => _iam.DeleteAccessKeyAsync(name, "AKIAITESTNOSUCHKEY00")).Should().ThrowAsync<NoSuchEntityException>();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, name);
        }
    }

    [Fact]
    public async Task OtherCredentials_NewUser_AreEmptyAndDeletingUnknownIdsThrowsNoSuchEntity()
    {
        var name = TestNames.Unique("user");
        try
        {
            await _iam.CreateUserAsync(name);

            (await _iam.ListSigningCertificatesAsync(name)).Should().BeEmpty();
            (await _iam.ListSshPublicKeysAsync(name)).Should().BeEmpty();
            (await _iam.ListServiceSpecificCredentialsAsync(name)).Should().BeEmpty();
            await FluentActions.Awaiting(() => _iam.DeleteSigningCertificateAsync(name, "ITESTCERTIFICATE0000000000000000"))
                .Should().ThrowAsync<NoSuchEntityException>();
            await FluentActions.Awaiting(() => _iam.DeleteSshPublicKeyAsync(name, "APKAITESTNOSUCHKEY0000"))
                .Should().ThrowAsync<NoSuchEntityException>();
            await FluentActions.Awaiting(() => _iam.DeleteServiceSpecificCredentialAsync(name, "ACCAITESTNOSUCHCRED000"))
                .Should().ThrowAsync<NoSuchEntityException>();
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, name);
        }
    }

    [Fact]
    public async Task ListSigningCertificatesAsync_UnknownUser_ThrowsNoSuchEntity()
    {
        await FluentActions.Awaiting(() => _iam.ListSigningCertificatesAsync(TestNames.Unique("missing"))).Should().ThrowAsync<NoSuchEntityException>();
    }
}
