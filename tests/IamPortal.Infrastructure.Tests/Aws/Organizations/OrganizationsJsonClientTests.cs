using System.Net;
using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Infrastructure.Aws;
using IamPortal.Infrastructure.Aws.Organizations;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace IamPortal.Infrastructure.Tests.Aws.Organizations;

/// <summary>The Organizations JSON 1.1 client over a stub HTTP handler: wire format, paging, errors, retries.</summary>
public sealed class OrganizationsJsonClientTests
{
    private static (OrganizationsJsonClient Client, StubHttpHandler Handler) Create(Func<HttpRequestMessage, string, HttpResponseMessage> respond,
        Uri? organizationsEndpoint = null, string? configuredEndpoint = null, string region = "us-east-1")
    {
        var handler = new StubHttpHandler(respond);
        var connection = StubbedAws.Connection(new BasicAWSCredentials("AKIAPORTAL", "secret"), region, organizationsEndpoint);
        var options = Options.Create(new IamClientOptions { MaxRetries = 2, BaseDelayMs = 1, MaxDelayMs = 2, OrganizationsEndpoint = configuredEndpoint });
        return (new OrganizationsJsonClient(new StubHttpClientFactory(handler), connection, options, new IamTelemetry(StubbedAws.Meters),
            NullLogger<OrganizationsJsonClient>.Instance), handler);
    }

    private static HttpResponseMessage Json(string body, HttpStatusCode status = HttpStatusCode.OK, string requestId = "req-1")
    {
        var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/x-amz-json-1.1") };
        response.Headers.Add("x-amzn-RequestId", requestId);
        return response;
    }

    private static string Account(int i, string status = "ACTIVE") =>
        $$"""{"Id":"{{100000000000 + i}}","Arn":"arn:aws:organizations::999988887777:account/o-abc123/{{100000000000 + i}}","Email":"a{{i}}@example.com","Name":"acct-{{i}}","Status":"{{status}}","JoinedMethod":"CREATED","JoinedTimestamp":1.7e9}""";

    private static string Page(IEnumerable<int> ids, string? next) =>
        $$"""{"Accounts":[{{string.Join(",", ids.Select(i => Account(i)))}}]{{(next is null ? "" : $",\"NextToken\":\"{next}\"")}}}""";

    private static string? NextToken(string body) =>
        JsonDocument.Parse(body).RootElement.TryGetProperty("NextToken", out var t) ? t.GetString() : null;

    [Fact]
    public async Task ListAccountsAsync_ThreePages_FollowsNextTokenToTheEnd()
    {
        var (client, handler) = Create((_, body) => NextToken(body) switch
        {
            null => Json(Page(Enumerable.Range(0, 20), "t1")),
            "t1" => Json(Page(Enumerable.Range(20, 20), "t2")),
            _ => Json(Page(Enumerable.Range(40, 5), null)),
        });

        var accounts = await client.ListAccountsAsync();

        accounts.Should().HaveCount(45);
        accounts.Select(a => a.Name).Should().StartWith(["acct-0", "acct-1"]).And.EndWith("acct-44");
        handler.Bodies.Should().Equal("""{"MaxResults":20}""", """{"MaxResults":20,"NextToken":"t1"}""", """{"MaxResults":20,"NextToken":"t2"}""");
    }

    [Fact]
    public async Task ListAccountsAsync_EveryRequest_IsJson11WithTargetAndSignedForOrganizations()
    {
        var (client, handler) = Create((_, _) => Json(Page([1], null)));

        await client.ListAccountsAsync();

        var request = handler.Requests.Single();
        request.Method.Should().Be(HttpMethod.Post);
        request.RequestUri.Should().Be(new Uri("https://organizations.us-east-1.amazonaws.com/"));
        request.Content!.Headers.GetValues("Content-Type").Single().Should().Be("application/x-amz-json-1.1");
        request.Headers.GetValues("X-Amz-Target").Single().Should().Be("AWSOrganizationsV20161128.ListAccounts");
        request.Headers.GetValues("Authorization").Single().Should()
            .StartWith("AWS4-HMAC-SHA256 Credential=AKIAPORTAL/").And.Contain("/us-east-1/organizations/aws4_request")
            .And.MatchRegex("SignedHeaders=[a-z0-9;-]*x-amz-target");
    }

    [Fact]
    public async Task ListAccountsAsync_EpochTimestampsAndStates_AreRead()
    {
        var (client, _) = Create((_, _) => Json("""
            {"Accounts":[
              {"Id":"111122223333","Arn":"arn:aws:organizations::999988887777:account/o-abc123/111122223333","Email":"p@example.com","Name":"prod",
               "Status":"ACTIVE","State":"ACTIVE","JoinedMethod":"INVITED","JoinedTimestamp":1481830215.45},
              {"Id":"444455556666","Arn":"arn:aws:organizations::999988887777:account/o-abc123/444455556666","Email":"old@example.com","Name":"old",
               "Status":"SUSPENDED","JoinedMethod":"CREATED","JoinedTimestamp":1700000000}]}
            """));

        var accounts = await client.ListAccountsAsync();

        accounts[0].Should().Be(new OrganizationAccount("111122223333", "arn:aws:organizations::999988887777:account/o-abc123/111122223333",
            "p@example.com", "prod", "ACTIVE", "ACTIVE", "INVITED", new DateTimeOffset(2016, 12, 15, 19, 30, 15, 450, TimeSpan.Zero)));
        accounts[1].JoinedTimestamp.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        accounts.Select(a => a.IsActive).Should().Equal(true, false);
    }

    [Fact]
    public async Task DescribeOrganizationAsync_Answer_IsMappedWithTheManagementAccount()
    {
        var (client, handler) = Create((_, _) => Json("""
            {"Organization":{"Id":"o-abc123","Arn":"arn:aws:organizations::999988887777:organization/o-abc123","FeatureSet":"ALL",
             "MasterAccountArn":"arn:aws:organizations::999988887777:account/o-abc123/999988887777","MasterAccountId":"999988887777",
             "MasterAccountEmail":"root@example.com","AvailablePolicyTypes":[]}}
            """));

        var organization = await client.DescribeOrganizationAsync();

        organization.Should().Be(new OrganizationDescription("o-abc123", "arn:aws:organizations::999988887777:organization/o-abc123",
            "999988887777", "root@example.com", "ALL"));
        handler.Requests.Single().Headers.GetValues("X-Amz-Target").Single().Should().Be("AWSOrganizationsV20161128.DescribeOrganization");
        handler.Bodies.Single().Should().Be("{}");
    }

    [Theory]
    [InlineData("""{"__type":"AccessDeniedException","Message":"You don't have permissions to access this resource."}""", "AccessDenied")]
    [InlineData("""{"__type":"com.amazonaws.organizations#AccessDeniedException","message":"You don't have permissions to access this resource."}""", "AccessDenied")]
    public async Task ListAccountsAsync_AccessDenied_ThrowsTypedErrorWithMessageAndRequestId(string body, string code)
    {
        var (client, handler) = Create((_, _) => Json(body, HttpStatusCode.BadRequest, "req-denied"));

        var act = () => client.ListAccountsAsync();

        var error = (await act.Should().ThrowAsync<IamAccessDeniedException>()).Which;
        (error.Code, error.Message, error.RequestId, error.HttpStatus).Should()
            .Be((code, "You don't have permissions to access this resource.", "req-denied", 400));
        handler.Requests.Should().HaveCount(1, "AccessDenied is not retried");
    }

    [Fact]
    public async Task DescribeOrganizationAsync_NotInAnOrganization_KeepsOrganizationsCode()
    {
        var (client, _) = Create((_, _) => Json("""{"__type":"AWSOrganizationsNotInUseException","Message":"Your account is not a member of an organization."}""",
            HttpStatusCode.BadRequest));

        var act = () => client.DescribeOrganizationAsync();

        (await act.Should().ThrowAsync<IamException>()).Which.Code.Should().Be("AWSOrganizationsNotInUseException");
    }

    [Fact]
    public async Task ListAccountsAsync_TooManyRequests_IsRetriedThenSucceeds()
    {
        var calls = 0;
        var (client, handler) = Create((_, _) => ++calls < 3
            ? Json("""{"__type":"TooManyRequestsException","Message":"Rate exceeded"}""", HttpStatusCode.BadRequest)
            : Json(Page([1, 2], null)));

        var accounts = await client.ListAccountsAsync();

        accounts.Should().HaveCount(2);
        handler.Requests.Should().HaveCount(3);
        handler.Requests.Should().OnlyContain(r => r.Headers.Contains("Authorization") && r.Headers.Contains("X-Amz-Date"), "each attempt is signed");
    }

    [Fact]
    public async Task ListAccountsAsync_ThrottledPastRetries_ThrowsThrottling()
    {
        var (client, handler) = Create((_, _) => Json("""{"__type":"TooManyRequestsException","Message":"Rate exceeded"}""", HttpStatusCode.BadRequest));

        var act = () => client.ListAccountsAsync();

        (await act.Should().ThrowAsync<ThrottlingException>()).Which.IsTransient.Should().BeTrue();
        handler.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task ListAccountsAsync_SameNextTokenTwice_FailsInsteadOfLooping()
    {
        var (client, _) = Create((_, _) => Json(Page([1], "again")));

        var act = () => client.ListAccountsAsync();

        (await act.Should().ThrowAsync<IamException>()).Which.Code.Should().Be("MalformedResponse");
    }

    [Theory]
    [InlineData(null, null, "us-east-1", "https://organizations.us-east-1.amazonaws.com/")]
    [InlineData("http://127.0.0.1:5099/", null, "us-east-1", "http://127.0.0.1:5099/")]
    [InlineData("http://127.0.0.1:5099/", "https://orgs.proxy.example/", "us-east-1", "https://orgs.proxy.example/")]
    [InlineData(null, null, "cn-north-1", "https://organizations.cn-northwest-1.amazonaws.com.cn/")]
    public void Endpoint_ConnectionAndOption_PicksTheOrganizationsEndpoint(string? connectionEndpoint, string? configured, string region, string expected)
    {
        var (client, _) = Create((_, _) => Json("{}"), connectionEndpoint is null ? null : new Uri(connectionEndpoint), configured, region);

        client.Endpoint.Should().Be(new Uri(expected));
    }
}
