namespace IamPortal.Sandbox.Tests.Organization;

public sealed class SessionVerificationCliTests(OrganizationFixture fx) : IClassFixture<OrganizationFixture>
{
    private async Task<System.Text.Json.JsonElement> AssumeAsync(string session, int seconds = 900) =>
        (await fx.Cli.RunAsync("sts", "assume-role", "--role-arn", $"arn:aws:iam::{OrganizationFixture.ProductionId}:role/IamPortalRole",
            "--role-session-name", session, "--duration-seconds", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture))).ShouldSucceed().Json;

    [SkippableFact]
    public async Task Session_WrongOrMissingToken_IsInvalidClientTokenId()
    {
        var assumed = await AssumeAsync("tokens");
        var c = assumed.GetProperty("Credentials");
        var keyOnly = fx.Cli.WithKey(c.GetProperty("AccessKeyId").GetString()!, c.GetProperty("SecretAccessKey").GetString()!);
        var missing = await keyOnly.RunAsync("iam", "list-groups");
        missing.ErrorCode.Should().Be("InvalidClientTokenId");
        missing.Stderr.Should().Contain("The security token included in the request is invalid.");
        (await keyOnly.WithEnvironment(("AWS_SESSION_TOKEN", "IQoJb3JpZ2luX2VjEnot-the-token")).RunAsync("iam", "list-groups"))
            .ErrorCode.Should().Be("InvalidClientTokenId");
        (await fx.WithSession(assumed).RunAsync("iam", "list-groups")).ShouldSucceed();
    }

    [SkippableFact]
    public async Task Session_AfterExpiration_IsExpiredToken()
    {
        var session = fx.WithSession(await AssumeAsync("expiring"));
        (await session.RunAsync("sts", "get-caller-identity")).ShouldSucceed();
        fx.Time.Advance(TimeSpan.FromSeconds(901));
        var expired = await session.RunAsync("sts", "get-caller-identity");
        expired.ErrorCode.Should().Be("ExpiredToken");
        expired.Stderr.Should().Contain("The security token included in the request is expired");
    }
}
