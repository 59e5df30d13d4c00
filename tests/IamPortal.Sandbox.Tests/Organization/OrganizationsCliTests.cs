namespace IamPortal.Sandbox.Tests.Organization;

public sealed class OrganizationsCliTests(OrganizationFixture fx) : IClassFixture<OrganizationFixture>
{
    [SkippableFact]
    public async Task ListAccounts_PagedByTheCli_GivesEveryAccountOnce()
    {
        var all = (await fx.Cli.RunAsync("organizations", "list-accounts", "--page-size", "2")).ShouldSucceed().Json;
        var ids = all.GetProperty("Accounts").EnumerateArray().Select(a => a.GetProperty("Id").GetString()).ToList();
        ids.Should().Equal(fx.Server.Control.Accounts.Select(a => a.Id));
        ids.Should().HaveCount(7);

        var page = (await fx.Cli.RunAsync("organizations", "list-accounts", "--max-items", "3")).ShouldSucceed().Json;
        page.GetProperty("Accounts").GetArrayLength().Should().Be(3);
        var token = page.GetProperty("NextToken").GetString()!;
        var rest = (await fx.Cli.RunAsync("organizations", "list-accounts", "--starting-token", token)).ShouldSucceed().Json;
        rest.GetProperty("Accounts").EnumerateArray().Select(a => a.GetProperty("Id").GetString()).Should().Equal(ids.Skip(3));

        var suspended = all.GetProperty("Accounts").EnumerateArray().Single(a => a.GetProperty("Id").GetString() == "678901234567");
        suspended.GetProperty("Status").GetString().Should().Be("SUSPENDED");
        var production = all.GetProperty("Accounts").EnumerateArray().Single(a => a.GetProperty("Id").GetString() == OrganizationFixture.ProductionId);
        production.GetProperty("Name").GetString().Should().Be("Production");
        production.GetProperty("Arn").GetString().Should().Be($"arn:aws:organizations::{SandboxAccount.AccountId}:account/o-sbx4demo01/{OrganizationFixture.ProductionId}");
        production.GetProperty("JoinedMethod").GetString().Should().Be("CREATED");
        fx.Server.Control.RequestCounts.Should().ContainKey("ListAccounts");
    }

    [SkippableFact]
    public async Task DescribeOrganization_NamesTheManagementAccount()
    {
        var org = (await fx.Cli.RunAsync("organizations", "describe-organization")).ShouldSucceed().Json.GetProperty("Organization");
        org.GetProperty("Id").GetString().Should().Be("o-sbx4demo01");
        org.GetProperty("MasterAccountId").GetString().Should().Be(SandboxAccount.AccountId);
        org.GetProperty("FeatureSet").GetString().Should().Be("ALL");
        org.GetProperty("Arn").GetString().Should().Be($"arn:aws:organizations::{SandboxAccount.AccountId}:organization/o-sbx4demo01");
    }

    [SkippableFact]
    public async Task ListAccounts_MemberCaller_IsAccessDeniedException()
    {
        var staging = fx.Account("456789012345");
        var member = fx.Cli.WithKey(staging.OperatorAccessKeyId, staging.OperatorSecretAccessKey);
        (await member.RunAsync("organizations", "list-accounts")).ErrorCode.Should().Be("AccessDeniedException");
        (await member.RunAsync("organizations", "describe-organization")).ErrorCode.Should().Be("AccessDeniedException");
    }

    [SkippableFact]
    public async Task ListAccounts_InvalidToken_IsInvalidInputException()
    {
        var bad = await fx.Cli.RunAsync("organizations", "list-accounts", "--starting-token", "bm90LWEtdG9rZW4=");
        bad.ErrorCode.Should().Be("InvalidInputException");
    }

    [SkippableFact]
    public async Task ListAccounts_Throttled_IsTooManyRequestsException()
    {
        fx.Server.Control.FailAlways("DescribeOrganization", "Throttling");
        try
        {
            var throttled = await fx.Cli.WithEnvironment(("AWS_MAX_ATTEMPTS", "1")).RunAsync("organizations", "describe-organization");
            throttled.ErrorCode.Should().Be("TooManyRequestsException");
        }
        finally
        {
            fx.Server.Control.StopFailing("DescribeOrganization");
        }
    }
}
