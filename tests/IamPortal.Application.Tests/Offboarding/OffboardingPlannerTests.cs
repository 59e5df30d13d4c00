using IamPortal.Application.Users;
using IamPortal.Application.Tests.Fakes;
using IamPortal.Application.Iam;
using IamPortal.Application.Offboarding;
using IamPortal.Application.Operators;
using Kinds = IamPortal.Application.Offboarding.OffboardingStepKinds;

namespace IamPortal.Application.Tests.Offboarding;

public class OffboardingPlannerTests
{
    [Fact]
    public async Task PlanAsync_UserWithOneOfEverything_ListsEachItemInIamDeletionOrder()
    {
        var h = new OffboardingHarness();

        var plan = await h.Planner.PlanAsync(OffboardingHarness.User);

        plan.DryRun.Should().BeTrue();
        plan.Steps.Select(s => s.Description).Should().Equal(
            "Delete the console password (login profile)",
            "Delete access key AKIAACTIVE (Active)",
            "Delete access key AKIAINACTIVE (Inactive)",
            "Delete signing certificate CERT1",
            "Delete SSH public key APKASSH1",
            "Delete service-specific credential ACCASSC1 (codecommit.amazonaws.com)",
            $"Deactivate MFA device {OffboardingHarness.VirtualMfa}",
            $"Delete virtual MFA device {OffboardingHarness.VirtualMfa}",
            $"Deactivate MFA device {OffboardingHarness.HardwareMfa}",
            "Delete inline policy inline-s3",
            "Detach managed policy ReadOnlyAccess",
            "Remove from group admins",
            "Remove permissions boundary DeveloperBoundary",
            "Delete user leaver",
            "Confirm leaver is gone (GetUser answers NoSuchEntity)");
        plan.Steps.Should().OnlyContain(s => s.Input.As<UserInput>().UserName == "leaver");
        plan.Steps.Single(s => s.Kind == Kinds.DetachUserPolicy).Input.As<ManagedPolicyInput>().PolicyArn.Should().Be("arn:aws:iam::aws:policy/ReadOnlyAccess");
        h.Iam.CallNames().Should().NotContain(c => c.StartsWith("Delete") || c.StartsWith("Detach") || c.StartsWith("Remove") || c.StartsWith("Update"),
            "a plan is a dry run");
    }

    [Fact]
    public async Task PlanAsync_UserWithNothing_DeletesAndConfirmsOnly()
    {
        var h = new OffboardingHarness();
        h.Iam.Configure().GetUserAsync(default!).ReturnsForAnyArgs(a => new IamUser((string)a[0]!, "AIDA2", "arn:aws:iam::123456789012:user/bare", "/", DateTimeOffset.UnixEpoch));
        h.Iam.Configure().GetLoginProfileAsync(default!).ReturnsForAnyArgs(_ => (IamLoginProfile?)null);
        h.Iam.Configure().ListAccessKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAccessKey>)[]);
        h.Iam.Configure().ListSigningCertificatesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamSigningCertificate>)[]);
        h.Iam.Configure().ListSshPublicKeysAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamSshPublicKey>)[]);
        h.Iam.Configure().ListServiceSpecificCredentialsAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamServiceSpecificCredential>)[]);
        h.Iam.Configure().ListMfaDevicesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamMfaDevice>)[]);
        h.Iam.Configure().ListUserPoliciesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<string>)[]);
        h.Iam.Configure().ListAttachedUserPoliciesAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamAttachedPolicy>)[]);
        h.Iam.Configure().ListGroupsForUserAsync(default!).ReturnsForAnyArgs(_ => (IReadOnlyList<IamGroup>)[]);

        var plan = await h.Planner.PlanAsync("bare");

        plan.Steps.Select(s => s.Kind).Should().Equal(Kinds.DeleteUser, Kinds.ConfirmUserGone);
    }

    [Fact]
    public async Task PlanQuarantineAsync_ActiveKeyAndPassword_DeactivatesDeletesDeniesAndTagsWithSanitisedReason()
    {
        var h = new OffboardingHarness();

        var steps = await h.Planner.PlanQuarantineAsync("leaver", "Test Operator", "Left <today>; laptop \"lost\"");

        steps.Select(s => s.Kind).Should().Equal(Kinds.DeactivateAccessKey, Kinds.DeleteLoginProfile, Kinds.PutQuarantinePolicy, Kinds.TagQuarantine);
        steps[0].Input.As<AccessKeyInput>().AccessKeyId.Should().Be("AKIAACTIVE", "only active keys are deactivated (and later reactivated)");
        var tags = steps[3].Input.As<QuarantineTagsInput>().Tags.ToDictionary(t => t.Key, t => t.Value);
        tags[QuarantinePolicy.ByTag].Should().Be("Test Operator");
        tags[QuarantinePolicy.AtTag].Should().Be("2026-11-28T12:00:00Z");
        tags[QuarantinePolicy.ReasonTag].Should().Be("Left today laptop lost");
        IamRules.ValidateTags(QuarantinePolicy.TagKeys.Select(k => new IamTag(k, tags[k])).ToList()).Should().BeNull();
    }

    [Fact]
    public async Task PlanAsync_NoPortalRole_Refused()
    {
        var h = new OffboardingHarness(PortalRole.None);

        var plan = () => h.Planner.PlanAsync("leaver");

        await plan.Should().ThrowAsync<PortalAccessDeniedException>();
        h.Iam.CallNames().Should().BeEmpty();
    }

    [Theory]
    [InlineData("Contractor ended", "Contractor ended")]
    [InlineData("  ticket  SEC-42:  access/review  ", "ticket SEC-42: access/review")]
    [InlineData("émigré → moved (été)", "émigré moved été")]
    [InlineData("<>;!?", "")]
    public void SanitiseTagValue_FreeText_KeepsOnlyIamTagCharacters(string reason, string expected)
    {
        var value = QuarantinePolicy.SanitiseTagValue(reason);

        value.Should().Be(expected);
        IamRules.ValidateTagValue(value).Should().BeNull();
    }

    [Fact]
    public void SanitiseTagValue_TooLong_CutsTo256()
    {
        QuarantinePolicy.SanitiseTagValue(new string('a', 300)).Should().HaveLength(256);
    }
}
