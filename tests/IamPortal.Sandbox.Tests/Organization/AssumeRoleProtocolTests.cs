using System.Globalization;
using System.Xml.Linq;

namespace IamPortal.Sandbox.Tests.Organization;

/// <summary>AssumeRole and Organizations on the wire, with an independent signer: what the portal's own clients parse.</summary>
public sealed class AssumeRoleProtocolTests(OrganizationFixture fx) : IClassFixture<OrganizationFixture>
{
    private static readonly XNamespace Sts = "https://sts.amazonaws.com/doc/2011-06-15/";
    private const string ProductionRole = $"arn:aws:iam::{OrganizationFixture.ProductionId}:role/IamPortalRole";

    [Fact]
    public async Task AssumeRole_Response_IsStsXmlWithCredentialsAssumedRoleUserAndSourceIdentity()
    {
        var now = fx.Time.GetUtcNow();
        var r = await fx.Http.CallAsync("AssumeRole", ("RoleArn", ProductionRole), ("RoleSessionName", "wire"), ("SourceIdentity", "carol@example.com"), ("DurationSeconds", "1800"));
        r.Status.Should().Be(200, r.Xml.ToString());
        var result = r.Xml.Root!.Element(Sts + "AssumeRoleResult")!;
        r.Xml.Root.Name.Should().Be(Sts + "AssumeRoleResponse");
        var credentials = result.Element(Sts + "Credentials")!;
        credentials.Element(Sts + "AccessKeyId")!.Value.Should().MatchRegex("^ASIA[A-Z0-9]{16}$");
        credentials.Element(Sts + "SecretAccessKey")!.Value.Should().HaveLength(40);
        credentials.Element(Sts + "SessionToken")!.Value.Length.Should().BeGreaterThan(100);
        var expiration = DateTimeOffset.Parse(credentials.Element(Sts + "Expiration")!.Value, CultureInfo.InvariantCulture);
        expiration.Should().BeCloseTo(now.AddSeconds(1800), TimeSpan.FromSeconds(2));
        result.Element(Sts + "AssumedRoleUser")!.Element(Sts + "Arn")!.Value.Should().Be($"arn:aws:sts::{OrganizationFixture.ProductionId}:assumed-role/IamPortalRole/wire");
        result.Element(Sts + "SourceIdentity")!.Value.Should().Be("carol@example.com");
        result.Element(Sts + "PackedPolicySize")!.Value.Should().Be("0");
        r.Value("RequestId").Should().NotBeNullOrEmpty();

        var (id, secret, token) = (credentials.Element(Sts + "AccessKeyId")!.Value, credentials.Element(Sts + "SecretAccessKey")!.Value, credentials.Element(Sts + "SessionToken")!.Value);
        var me = await fx.Http.CallAsync(id, secret, token, "GetCallerIdentity");
        me.Value("Account").Should().Be(OrganizationFixture.ProductionId);
        me.Value("UserId").Should().Be(result.Element(Sts + "AssumedRoleUser")!.Element(Sts + "AssumedRoleId")!.Value);
        (await fx.Http.CallAsync(id, secret, "GetCallerIdentity")).Value("Code").Should().Be("InvalidClientTokenId");
    }

    [Theory]
    [InlineData("DurationSeconds", "899")]
    [InlineData("DurationSeconds", "43201")]
    [InlineData("RoleSessionName", "x")]
    [InlineData("ExternalId", "x")]
    [InlineData("SourceIdentity", "AWS:upper")]
    public async Task AssumeRole_ParameterOutOfStsRange_IsValidationError(string name, string value)
    {
        var parameters = new Dictionary<string, string> { ["RoleArn"] = ProductionRole, ["RoleSessionName"] = "range", [name] = value };
        var r = await fx.Http.CallAsync("AssumeRole", [.. parameters.Select(p => (p.Key, p.Value))]);
        r.Status.Should().Be(400);
        r.Value("Code").Should().Be("ValidationError");
    }

    [Fact]
    public async Task AssumeRole_IsCountedAndFaultInjectable()
    {
        fx.Server.Control.FailNext("AssumeRole", "Throttling");
        (await fx.Http.CallAsync("AssumeRole", ("RoleArn", ProductionRole), ("RoleSessionName", "faulty"))).Value("Code").Should().Be("Throttling");
        (await fx.Http.CallAsync("AssumeRole", ("RoleArn", ProductionRole), ("RoleSessionName", "faulty"))).Status.Should().Be(200);
        fx.Server.Control.RequestCounts["AssumeRole"].Should().BeGreaterThanOrEqualTo(2);
        fx.Server.Control.Events(SandboxAccount.AccountId).Should()
            .Contain(e => e.EventName == "AssumeRole" && e.ErrorCode == "Throttling", "a request failed before it names the role is the caller's account's event");
    }

    [Fact]
    public async Task Organizations_MaxResultsOutOfRange_IsInvalidInputException()
    {
        var (status, json) = await fx.Http.OrganizationsAsync(SandboxAccount.OperatorAccessKeyId, SandboxAccount.OperatorSecretAccessKey, "ListAccounts", """{"MaxResults":21}""");
        status.Should().Be(400);
        json.GetProperty("__type").GetString().Should().Be("InvalidInputException");

        var (ok, page) = await fx.Http.OrganizationsAsync(SandboxAccount.OperatorAccessKeyId, SandboxAccount.OperatorSecretAccessKey, "ListAccounts", """{"MaxResults":20}""");
        ok.Should().Be(200);
        page.GetProperty("Accounts").GetArrayLength().Should().Be(7);
        page.TryGetProperty("NextToken", out _).Should().BeFalse();
        page.GetProperty("Accounts")[0].GetProperty("JoinedTimestamp").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Number);
    }

    [Fact]
    public async Task Organizations_UnknownKeyOrFault_AnswersJsonErrors()
    {
        var (status, json) = await fx.Http.OrganizationsAsync("AKIAUNKNOWNKEY000000", "x", "ListAccounts");
        status.Should().Be(400);
        json.GetProperty("__type").GetString().Should().Be("UnrecognizedClientException");

        fx.Server.Control.FailNext("ListAccounts", "Throttling");
        var (throttled, error) = await fx.Http.OrganizationsAsync(SandboxAccount.OperatorAccessKeyId, SandboxAccount.OperatorSecretAccessKey, "ListAccounts");
        throttled.Should().Be(400);
        error.GetProperty("__type").GetString().Should().Be("TooManyRequestsException");
        error.GetProperty("message").GetString().Should().NotBeNullOrEmpty();
    }
}
