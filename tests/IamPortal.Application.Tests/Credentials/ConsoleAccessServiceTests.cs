using IamPortal.Application.Audit;
using IamPortal.Application.Credentials;
using IamPortal.Application.Iam;
using IamPortal.Application.Operators;
using IamPortal.Application.Tests.Fakes;

namespace IamPortal.Application.Tests.Credentials;

public class ConsoleAccessServiceTests
{
    private static readonly IamPasswordPolicy Strict = new(14, true, true, true, true);

    private static CredentialsHarness Create(PortalRole role = PortalRole.SecurityAdmin)
    {
        var h = new CredentialsHarness(role);
        h.Iam.Configure().GetAccountPasswordPolicyAsync().ReturnsForAnyArgs(_ => (IamPasswordPolicy?)Strict);
        h.Iam.Configure().CreateLoginProfileAsync(default!, default!, default!).ReturnsForAnyArgs(a => new IamLoginProfile((string)a[0]!, Sample.Now, (bool)a[2]!));
        h.Iam.Configure().UpdateLoginProfileAsync(default!, default!, default!).ReturnsForAnyArgs(Task.CompletedTask);
        h.Iam.Configure().DeleteLoginProfileAsync(default!).ReturnsForAnyArgs(Task.CompletedTask);
        return h;
    }

    [Fact]
    public async Task EnableAsync_GeneratedPassword_SatisfiesPolicyAndIsAuditedWithoutIt()
    {
        var h = Create();

        var result = await h.Console.EnableAsync(new ConsolePasswordRequest("alice", null, MustChange: true));

        result.Succeeded.Should().BeTrue();
        result.Value!.Generated.Should().BeTrue();
        IamRules.ValidatePassword(result.Value.Password, Strict).Should().BeEmpty();
        h.Outcomes("ConsoleAccess.Enable").Should().Equal(AuditOutcomes.Success);
        h.Audit.Entries.Should().NotContain(e => e.Record.ParametersJson.Contains(result.Value.Password));
        h.Inventory.ChangedUsers.Should().Equal("alice");
    }

    [Fact]
    public async Task EnableAsync_WeakPassword_RefusedAtFieldAndNothingCreated()
    {
        var h = Create();

        var result = await h.Console.EnableAsync(new ConsolePasswordRequest("alice", "short", MustChange: true));

        result.Errors.Should().ContainKey(CredentialFields.Password);
        result.Errors[CredentialFields.Password].Should().Contain("At least 14 characters");
        _ = h.Iam.DidNotReceiveWithAnyArgs().CreateLoginProfileAsync(default!, default!, default!);
        h.Outcomes("ConsoleAccess.Enable").Should().Equal(AuditOutcomes.Invalid);
    }

    [Fact]
    public async Task ResetAsync_TypedPassword_PassesMustChange()
    {
        var h = Create();
        bool? mustChange = null;
        h.Iam.Configure().UpdateLoginProfileAsync(default!, default!, default!).ReturnsForAnyArgs(a => { _ = mustChange = (bool?)a[2]; return Task.CompletedTask; });

        var result = await h.Console.ResetAsync(new ConsolePasswordRequest("alice", "Correct-Horse-9-Battery", MustChange: true));

        result.Succeeded.Should().BeTrue();
        mustChange.Should().BeTrue();
        h.Outcomes("ConsoleAccess.Reset").Should().Equal(AuditOutcomes.Success);
    }

    [Fact]
    public async Task DisableAsync_Auditor_RefusedAndAudited()
    {
        var h = Create(PortalRole.Auditor);

        var result = await h.Console.DisableAsync("alice");

        result.Succeeded.Should().BeFalse();
        result.Error.Should().Contain("does not allow");
        _ = h.Iam.DidNotReceiveWithAnyArgs().DeleteLoginProfileAsync(default!);
        h.Outcomes("ConsoleAccess.Disable").Should().Equal(AuditOutcomes.Denied);
    }

    [Fact]
    public async Task DisableAsync_IamError_ReturnsPlainLanguageError()
    {
        var h = Create();
        h.Iam.Configure().DeleteLoginProfileAsync(default!).ThrowsAsyncForAnyArgs(new NoSuchEntityException("Login Profile for User alice cannot be found."));

        var result = await h.Console.DisableAsync("alice");

        result.Error.Should().Contain("no longer exists");
        h.Outcomes("ConsoleAccess.Disable").Should().Equal(IamErrorCodes.NoSuchEntity);
    }
}
