using IamPortal.Application.Iam;

namespace IamPortal.Infrastructure.Tests.Aws;

public sealed class IamAccountApiTests(IamTargetFixture target) : IClassFixture<IamTargetFixture>
{
    private static readonly string[] ReportColumns =
    [
        "user", "arn", "user_creation_time", "password_enabled", "password_last_used", "password_last_changed", "password_next_rotation",
        "mfa_active", "access_key_1_active", "access_key_1_last_rotated", "access_key_1_last_used_date", "access_key_1_last_used_region",
        "access_key_1_last_used_service", "access_key_2_active", "access_key_2_last_rotated", "access_key_2_last_used_date",
        "access_key_2_last_used_region", "access_key_2_last_used_service", "cert_1_active", "cert_1_last_rotated", "cert_2_active",
        "cert_2_last_rotated",
    ];

    private readonly IIamClient _iam = target.Client();

    [Fact]
    public async Task CredentialReport_GenerateThenGet_Has22ColumnsAndARowPerUser()
    {
        var state = await _iam.GenerateCredentialReportAsync();
        for (var i = 0; i < 100 && state != CredentialReportState.Complete; i++)
        {
            await Task.Delay(200);
            state = await _iam.GenerateCredentialReportAsync();
        }
        var report = await _iam.GetCredentialReportAsync();
        var users = await _iam.ListUsersAsync();

        state.Should().Be(CredentialReportState.Complete);
        var lines = report.Csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        lines[0].Split(',').Should().Equal(ReportColumns);
        lines.Skip(1).Should().OnlyContain(l => l.Split(',').Length == 22);
        lines.Skip(1).Select(l => l.Split(',')[0]).Should().Contain("<root_account>").And.Contain(users.Select(u => u.UserName));
        report.GeneratedTime.Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromHours(4));
    }

    [Fact]
    public async Task GetAccountAuthorizationDetailsAsync_AllFilters_MatchesTheListCalls()
    {
        var details = await target.PagedClient(7).GetAccountAuthorizationDetailsAsync();
        var users = await _iam.ListUsersAsync();
        var groups = await _iam.ListGroupsAsync();
        var localPolicies = await _iam.ListPoliciesAsync(PolicyScope.Local);

        Stable(details.Users.Select(u => u.User.UserName)).Should().BeEquivalentTo(Stable(users.Select(u => u.UserName)));
        Stable(details.Groups.Select(g => g.Group.GroupName)).Should().BeEquivalentTo(Stable(groups.Select(g => g.GroupName)));
        details.Policies.Select(p => p.Policy.Arn).Should().Contain(localPolicies.Where(p => !p.PolicyName.StartsWith("itest-", StringComparison.Ordinal)).Select(p => p.Arn));
        details.Policies.Should().OnlyContain(p => p.Versions.Any(v => v.IsDefaultVersion && v.Document != null));
    }

    [Fact]
    public async Task GetAccountAuthorizationDetailsAsync_UserWithEverything_ShowsGroupsPoliciesTagsAndBoundary()
    {
        var user = TestNames.Unique("user");
        var group = TestNames.Unique("group");
        try
        {
            await _iam.CreateUserAsync(user, permissionsBoundaryArn: TestNames.ReadOnlyAccessArn, tags: [new IamTag("team", "core")]);
            await _iam.CreateGroupAsync(group);
            await _iam.AddUserToGroupAsync(group, user);
            await _iam.AttachUserPolicyAsync(user, TestNames.ReadOnlyAccessArn);
            await _iam.PutUserPolicyAsync(user, "itest-inline", TestNames.TrickyDocument);

            var details = await _iam.GetAccountAuthorizationDetailsAsync([AuthorizationDetailsFilter.User]);

            var detail = details.Users.Should().ContainSingle(u => u.User.UserName == user).Subject;
            detail.GroupNames.Should().Equal(group);
            detail.AttachedManagedPolicies.Should().Equal(new IamAttachedPolicy("ReadOnlyAccess", TestNames.ReadOnlyAccessArn));
            detail.InlinePolicies.Should().Equal(new IamInlinePolicy("itest-inline", TestNames.TrickyDocument));
            detail.Tags.Should().Equal(new IamTag("team", "core"));
            detail.PermissionsBoundaryArn.Should().Be(TestNames.ReadOnlyAccessArn);
            details.Groups.Should().BeEmpty();
            details.Policies.Should().BeEmpty();
        }
        finally
        {
            await IamCleanup.DeleteGroupAsync(_iam, group);
            await IamCleanup.DeleteUserAsync(_iam, user);
        }
    }

    [Fact]
    public async Task GetAccountSummaryAsync_Always_HasTheUsualQuotas()
    {
        var summary = await _iam.GetAccountSummaryAsync();

        summary.Keys.Should().Contain(["Users", "Groups", "Policies", "UsersQuota", "GroupsQuota"]);
        summary["UsersQuota"].Should().BePositive();
    }

    [Fact]
    public async Task PasswordPolicy_UpdateGetDelete_RestoresTheOriginal()
    {
        var original = await _iam.GetAccountPasswordPolicyAsync();
        var wanted = new IamPasswordPolicy(14, RequireSymbols: true, RequireNumbers: true, RequireUppercaseCharacters: true,
            RequireLowercaseCharacters: true, AllowUsersToChangePassword: true, ExpirePasswords: true, MaxPasswordAge: 90,
            PasswordReusePrevention: 24, HardExpiry: false);
        try
        {
            await _iam.UpdateAccountPasswordPolicyAsync(wanted);
            var fetched = await _iam.GetAccountPasswordPolicyAsync();
            await _iam.DeleteAccountPasswordPolicyAsync();
            var afterDelete = await _iam.GetAccountPasswordPolicyAsync();

            fetched.Should().Be(wanted);
            afterDelete.Should().BeNull();
        }
        finally
        {
            await RestoreAsync(original);
        }
    }

    [Fact]
    public async Task UpdateAccountPasswordPolicyAsync_LengthOutOfRange_ThrowsInvalidInput()
    {
        var act = () => _iam.UpdateAccountPasswordPolicyAsync(new IamPasswordPolicy(MinimumPasswordLength: 200));

        await act.Should().ThrowAsync<InvalidInputException>();
    }

    [Fact]
    public async Task CreateLoginProfileAsync_PasswordBelowPolicy_ThrowsPasswordPolicyViolation()
    {
        var original = await _iam.GetAccountPasswordPolicyAsync();
        var user = TestNames.Unique("user");
        try
        {
            await _iam.UpdateAccountPasswordPolicyAsync(new IamPasswordPolicy(MinimumPasswordLength: 20, RequireSymbols: true));
            await _iam.CreateUserAsync(user);

            var act = () => _iam.CreateLoginProfileAsync(user, "short1", passwordResetRequired: true);

            (await act.Should().ThrowAsync<PasswordPolicyViolationException>()).Which.HttpStatus.Should().Be(400);
        }
        finally
        {
            await IamCleanup.DeleteUserAsync(_iam, user);
            await RestoreAsync(original);
        }
    }

    [Fact]
    public async Task ServiceLastAccessed_GenerateThenGet_CompletesWithServices()
    {
        var users = await _iam.ListUsersAsync();
        var arn = users.Count > 0 ? users[0].Arn : (await _iam.GetUserAsync(null)).Arn;

        var jobId = await _iam.GenerateServiceLastAccessedDetailsAsync(arn);
        var report = await _iam.GetServiceLastAccessedDetailsAsync(jobId);
        for (var i = 0; i < 50 && report.Status == AccessAdvisorJobStatus.InProgress; i++)
        {
            await Task.Delay(200);
            report = await _iam.GetServiceLastAccessedDetailsAsync(jobId);
        }

        jobId.Should().NotBeNullOrWhiteSpace();
        report.Status.Should().Be(AccessAdvisorJobStatus.Completed);
        report.Error.Should().BeNull();
        report.Services.Should().OnlyContain(s => s.ServiceNamespace.Length > 0 && s.TotalAuthenticatedEntities >= 0);
    }

    [Fact]
    public async Task GetServiceLastAccessedDetailsAsync_UnknownJob_ThrowsNoSuchEntityOrInvalidInput()
    {
        var act = () => _iam.GetServiceLastAccessedDetailsAsync("00000000-0000-0000-0000-000000000000");

        (await act.Should().ThrowAsync<IamException>()).Which.Code.Should().BeOneOf(IamErrorCodes.NoSuchEntity, IamErrorCodes.InvalidInput);
    }

    [Fact]
    public async Task AccountAlias_DeleteAndCreate_ListAccountAliasesFollows()
    {
        var original = await _iam.ListAccountAliasesAsync();
        var alias = original.Count > 0 ? original[0] : TestNames.Unique("alias");
        try
        {
            if (original.Count > 0)
            {
                await _iam.DeleteAccountAliasAsync(alias);
                (await _iam.ListAccountAliasesAsync()).Should().BeEmpty();
            }
            await _iam.CreateAccountAliasAsync(alias);
            (await _iam.ListAccountAliasesAsync()).Should().Equal(alias);
            if (original.Count == 0) await _iam.DeleteAccountAliasAsync(alias);
        }
        finally
        {
            var now = await _iam.ListAccountAliasesAsync();
            if (!now.SequenceEqual(original))
            {
                foreach (var a in now) await IamCleanupExtensions.TryAsync(() => _iam.DeleteAccountAliasAsync(a));
                foreach (var a in original) await IamCleanupExtensions.TryAsync(() => _iam.CreateAccountAliasAsync(a));
            }
        }
    }

    [SkippableFact]
    public async Task ListAccountAliasesAsync_Sandbox_ReturnsTheDemoAlias()
    {
        target.RequireSandbox();

        (await _iam.ListAccountAliasesAsync()).Should().Equal(IamPortal.Sandbox.SandboxAccount.Alias);
    }

    [Fact]
    public async Task CreateAccountAliasAsync_InvalidAlias_ThrowsInvalidInput()
    {
        await FluentActions.Awaiting(() => _iam.CreateAccountAliasAsync("Not_Valid!")).Should().ThrowAsync<InvalidInputException>();
    }

    /// <summary>Leaves out what concurrently running tests create, so the comparison holds on a shared endpoint.</summary>
    private static IEnumerable<string> Stable(IEnumerable<string> names) => names.Where(n => !n.StartsWith("itest-", StringComparison.Ordinal));

    private async Task RestoreAsync(IamPasswordPolicy? original)
    {
        if (original is null) await IamCleanupExtensions.TryAsync(() => _iam.DeleteAccountPasswordPolicyAsync());
        else await _iam.UpdateAccountPasswordPolicyAsync(original);
    }
}

public sealed class IamEmptyAccountTests(EmptyIamTargetFixture target) : IClassFixture<EmptyIamTargetFixture>
{
    [SkippableFact]
    public async Task GetCredentialReportAsync_NeverGenerated_ThrowsReportNotPresent()
    {
        target.RequireSandbox();

        var act = () => target.Client().GetCredentialReportAsync();

        (await act.Should().ThrowAsync<IamException>()).Which.Code.Should().Be(IamErrorCodes.ReportNotPresent);
    }

    [SkippableFact]
    public async Task ListUsersAsync_EmptyAccount_ReturnsNothingInOneCall()
    {
        target.RequireSandbox();
        target.Control.ResetCounters();

        var users = await target.Client().ListUsersAsync();

        users.Should().BeEmpty();
        target.Control.RequestCounts["ListUsers"].Should().Be(1);
    }

    [SkippableFact]
    public async Task GetAccountPasswordPolicyAsync_NoCustomPolicy_ReturnsNull()
    {
        target.RequireSandbox();

        (await target.Client().GetAccountPasswordPolicyAsync()).Should().BeNull();
    }
}
