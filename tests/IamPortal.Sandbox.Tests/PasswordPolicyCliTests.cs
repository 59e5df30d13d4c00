using IamPortal.Sandbox.Tests.Infrastructure;

namespace IamPortal.Sandbox.Tests;

/// <summary>The account password policy as IAM answers it: ranges refused with ValidationError, ExpirePasswords derived, delete → NoSuchEntity.</summary>
public sealed class PasswordPolicyCliTests(SandboxFixture fx) : IClassFixture<SandboxFixture>
{
    /// <summary>Over signed HTTP: the AWS CLI refuses the low ends itself (botocore checks minimums) and never sends them.</summary>
    [Theory]
    [InlineData("MinimumPasswordLength", "5")]
    [InlineData("MinimumPasswordLength", "129")]
    [InlineData("MaxPasswordAge", "0")]
    [InlineData("MaxPasswordAge", "1096")]
    [InlineData("PasswordReusePrevention", "0")]
    [InlineData("PasswordReusePrevention", "25")]
    public async Task UpdateAccountPasswordPolicy_OutsideIamRanges_ValidationError(string parameter, string value)
    {
        var response = await fx.Http.CallAsync("UpdateAccountPasswordPolicy", (parameter, value));
        response.Status.Should().Be(400);
        response.ErrorCode.Should().Be("ValidationError");
    }

    [SkippableFact]
    public async Task UpdateGetDelete_AsIam_ExpiryDerivedAndDeletedPolicyIsNoSuchEntity()
    {
        (await fx.Cli.RunAsync("iam", "update-account-password-policy", "--minimum-password-length", "14", "--max-password-age", "90",
            "--password-reuse-prevention", "24", "--require-symbols", "--hard-expiry")).ShouldSucceed();
        var policy = (await fx.Cli.RunAsync("iam", "get-account-password-policy")).ShouldSucceed().Json.GetProperty("PasswordPolicy");
        policy.GetProperty("ExpirePasswords").GetBoolean().Should().BeTrue();
        policy.GetProperty("MaxPasswordAge").GetInt32().Should().Be(90);
        policy.GetProperty("HardExpiry").GetBoolean().Should().BeTrue();
        policy.GetProperty("RequireNumbers").GetBoolean().Should().BeFalse("an option left out is false, as in IAM");

        (await fx.Cli.RunAsync("iam", "delete-account-password-policy")).ShouldSucceed();
        (await fx.Cli.RunAsync("iam", "get-account-password-policy")).ErrorCode.Should().Be("NoSuchEntity");
        (await fx.Cli.RunAsync("iam", "delete-account-password-policy")).ErrorCode.Should().Be("NoSuchEntity");
    }
}
