using System.Net;
using System.Text;
using Amazon.Runtime;
using IamPortal.Application.Accounts;
using IamPortal.Application.Iam;
using IamPortal.Infrastructure.Aws;

namespace IamPortal.Infrastructure.Tests.Aws;

/// <summary>Which credentials each IAM call is signed with, per target and operator, over a stub HTTP handler.</summary>
public sealed class TargetedTransportTests
{
    private const string Ns = "https://iam.amazonaws.com/doc/2010-05-08/";
    private const string Operator = "alice@example.com";
    private static readonly AwsTarget Member = new("111122223333", "arn:aws:iam::111122223333:role/IamPortal", "ext-1");

    private readonly FakeRoleAssumer _sts = new();

    private (IamQueryClient Client, StubHttpHandler Handler) Create(AwsTarget? target, Func<HttpRequestMessage, HttpResponseMessage>? respond = null)
    {
        var handler = new StubHttpHandler((request, _) => respond?.Invoke(request) ?? Xml(Ok));
        var options = new IamClientOptions { MaxRetries = 2, BaseDelayMs = 1, MaxDelayMs = 2 };
        return (StubbedAws.IamClient(handler, new BasicAWSCredentials("AKIAPORTAL", "secret"), options, new FixedTargetAccessor(target, Operator), _sts), handler);
    }

    private const string Ok = $"<ListUsersResponse xmlns=\"{Ns}\"><ListUsersResult><Users/><IsTruncated>false</IsTruncated></ListUsersResult></ListUsersResponse>";

    private static HttpResponseMessage Xml(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "text/xml") };

    private static string Authorization(HttpRequestMessage request) => request.Headers.GetValues("Authorization").Single();

    private static string? Token(HttpRequestMessage request) =>
        request.Headers.TryGetValues("X-Amz-Security-Token", out var values) ? values.Single() : null;

    [Fact]
    public async Task ListUsersAsync_MemberTarget_SignsWithARoleSessionWithoutSourceIdentity()
    {
        var (client, handler) = Create(Member);

        await client.ListUsersAsync();

        _sts.Calls.Should().Equal((Member, (string?)null));
        var request = handler.Requests.Single();
        Authorization(request).Should().StartWith("AWS4-HMAC-SHA256 Credential=ASIAFAKE1/")
            .And.MatchRegex("SignedHeaders=[a-z0-9;-]*x-amz-security-token");
        Token(request).Should().Be("token-1");
    }

    [Fact]
    public async Task DeleteUserAsync_MemberTarget_UsesASessionWithTheOperatorAsSourceIdentity()
    {
        var (client, handler) = Create(Member, _ => Xml($"<DeleteUserResponse xmlns=\"{Ns}\"/>"));

        await client.ListUsersAsync();
        await client.DeleteUserAsync("bob");
        await client.TagUserAsync("bob", [new IamTag("owner", "x")]);

        _sts.Calls.Should().Equal((Member, (string?)null), (Member, Operator));
        handler.Requests.Select(Token).Should().Equal("token-1", "token-2", "token-2");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ListUsersAsync_NoTargetOrNoRole_SignsWithThePortalsOwnCredentials(bool accountWithoutRole)
    {
        var (client, handler) = Create(accountWithoutRole ? new AwsTarget("999988887777", null, null) : null);

        await client.DeleteUserAsync("bob");

        _sts.CallCount.Should().Be(0);
        Authorization(handler.Requests.Single()).Should().StartWith("AWS4-HMAC-SHA256 Credential=AKIAPORTAL/");
        Token(handler.Requests.Single()).Should().BeNull();
    }

    [Fact]
    public async Task ListUsersAsync_IamSaysTheSessionExpired_AssumesAgainAndRetriesOnce()
    {
        var (client, handler) = Create(Member, request => Token(request) == "token-1"
            ? Xml("<ErrorResponse><Error><Code>ExpiredToken</Code><Message>The security token included in the request is expired</Message></Error></ErrorResponse>",
                HttpStatusCode.Forbidden)
            : Xml(Ok));

        await client.ListUsersAsync();

        handler.Requests.Select(Token).Should().Equal("token-1", "token-2");
        _sts.CallCount.Should().Be(2);
    }

    [Fact]
    public async Task ListUsersAsync_ExpiredAgainAfterRenewal_FailsWithoutLooping()
    {
        var (client, handler) = Create(Member, _ =>
            Xml("<ErrorResponse><Error><Code>ExpiredToken</Code><Message>expired</Message></Error></ErrorResponse>", HttpStatusCode.Forbidden));

        var act = () => client.ListUsersAsync();

        (await act.Should().ThrowAsync<IamException>()).Which.Code.Should().Be("ExpiredToken");
        handler.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task ListUsersAsync_AssumeRoleRefused_FailsWithStsAnswerAndSendsNothing()
    {
        _sts.Failure = new IamAccessDeniedException($"The portal could not assume {Member.RoleArn} in account {Member.AccountId}: not authorized");
        var (client, handler) = Create(Member);

        var act = () => client.ListUsersAsync();

        (await act.Should().ThrowAsync<IamAccessDeniedException>()).Which.Message.Should()
            .Be("The portal could not assume arn:aws:iam::111122223333:role/IamPortal in account 111122223333: not authorized");
        handler.Requests.Should().BeEmpty();
    }
}
