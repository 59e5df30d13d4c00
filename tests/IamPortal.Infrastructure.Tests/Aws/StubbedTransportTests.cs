using System.Net;
using System.Text;
using Amazon.Runtime;
using IamPortal.Infrastructure.Aws;

namespace IamPortal.Infrastructure.Tests.Aws;

/// <summary>The transport and paging over a stub HTTP handler: what no well-behaved endpoint would do on demand.</summary>
public sealed class StubbedTransportTests
{
    private const string Ns = "https://iam.amazonaws.com/doc/2010-05-08/";

    private static (IamQueryClient Client, StubHttpHandler Handler) Create(Func<string, HttpResponseMessage> respond, AWSCredentials? credentials = null, int pageSize = 1000)
    {
        var handler = new StubHttpHandler(respond);
        var options = new IamClientOptions { PageSize = pageSize, MaxRetries = 2, BaseDelayMs = 1, MaxDelayMs = 2 };
        return (StubbedAws.IamClient(handler, credentials ?? new BasicAWSCredentials("AKIAEXAMPLE", "secret"), options), handler);
    }

    private static HttpResponseMessage Xml(string body, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, "text/xml") };

    private static string UsersPage(int from, int count, string? marker) =>
        $"<ListUsersResponse xmlns=\"{Ns}\"><ListUsersResult><Users>"
        + string.Concat(Enumerable.Range(from, count).Select(i =>
            $"<member><Path>/</Path><UserName>u{i}</UserName><UserId>AIDA{i}</UserId><Arn>arn:aws:iam::123456789012:user/u{i}</Arn><CreateDate>2024-01-01T00:00:00Z</CreateDate></member>"))
        + $"</Users><IsTruncated>{(marker is null ? "false" : "true")}</IsTruncated>{(marker is null ? "" : $"<Marker>{marker}</Marker>")}"
        + "</ListUsersResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></ListUsersResponse>";

    [Fact]
    public async Task ListUsersAsync_ShortPagesWhileTruncated_FollowsMarkerToTheEnd()
    {
        var (client, handler) = Create(body => body.Contains("Marker=m2", StringComparison.Ordinal) ? Xml(UsersPage(3, 1, null))
            : body.Contains("Marker=m1", StringComparison.Ordinal) ? Xml(UsersPage(2, 1, "m2"))
            : Xml(UsersPage(0, 2, "m1")), pageSize: 5);

        var users = await client.ListUsersAsync();

        users.Select(u => u.UserName).Should().Equal("u0", "u1", "u2", "u3");
        handler.Bodies.Should().HaveCount(3).And.OnlyContain(b => b.Contains("MaxItems=5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_EveryRequest_IsSignedFormPostWithSecurityTokenForSessionCredentials()
    {
        var (client, handler) = Create(_ => Xml(UsersPage(0, 1, null)), new SessionAWSCredentials("ASIAEXAMPLE", "secret", "session-token-value"));

        await client.ListUsersAsync();

        var request = handler.Requests.Single();
        request.Method.Should().Be(HttpMethod.Post);
        request.Content!.Headers.GetValues("Content-Type").Single().Should().Be("application/x-www-form-urlencoded; charset=utf-8");
        request.Headers.GetValues("Authorization").Single().Should()
            .StartWith("AWS4-HMAC-SHA256 Credential=ASIAEXAMPLE/").And.Contain("/us-east-1/iam/aws4_request");
        request.Headers.GetValues("X-Amz-Security-Token").Single().Should().Be("session-token-value");
        request.Headers.Contains("X-Amz-Date").Should().BeTrue();
    }

    [Fact]
    public async Task SendAsync_RetriedAttempts_AreSignedAgain()
    {
        var calls = 0;
        var (client, handler) = Create(_ => ++calls < 3
            ? Xml($"<ErrorResponse><Error><Code>Throttling</Code><Message>Rate exceeded</Message></Error><RequestId>x</RequestId></ErrorResponse>", HttpStatusCode.BadRequest)
            : Xml(UsersPage(0, 1, null)));

        await client.ListUsersAsync();

        handler.Requests.Should().HaveCount(3);
        handler.Requests.Select(r => r.Headers.GetValues("Authorization").Single()).Should().OnlyContain(a => a.StartsWith("AWS4-HMAC-SHA256", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendAsync_BadGatewayWithoutXml_ThrowsServiceFailureAfterRetries()
    {
        var (client, handler) = Create(_ => new HttpResponseMessage(HttpStatusCode.BadGateway) { Content = new StringContent("<html>oops</html>") });

        var act = () => client.ListGroupsAsync();

        (await act.Should().ThrowAsync<IamPortal.Application.Iam.IamException>()).Which.HttpStatus.Should().Be(502);
        handler.Requests.Should().HaveCount(3);
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, "<ErrorResponse><Error><Code>AccessDenied</Code><Message>not authorized</Message></Error></ErrorResponse>", 1)]
    [InlineData(HttpStatusCode.NotFound, "<ErrorResponse><Error><Code>NoSuchEntity</Code><Message>gone</Message></Error></ErrorResponse>", 1)]
    [InlineData(HttpStatusCode.NotImplemented, "", 1)]
    [InlineData(HttpStatusCode.InternalServerError, "<ErrorResponse><Error><Code>ServiceFailure</Code><Message>m</Message></Error></ErrorResponse>", 3)]
    [InlineData(HttpStatusCode.TooManyRequests, "", 3)]
    public async Task SendAsync_ErrorStatus_IsRetriedOnlyWhenAnotherAttemptCanSucceed(HttpStatusCode status, string body, int attempts)
    {
        var (client, handler) = Create(_ => Xml(body, status));

        var act = () => client.ListGroupsAsync();

        (await act.Should().ThrowAsync<IamPortal.Application.Iam.IamException>()).Which.HttpStatus.Should().Be((int)status);
        handler.Requests.Should().HaveCount(attempts);
    }

    [Fact]
    public async Task ListUsersAsync_TruncatedWithoutMarker_ThrowsMalformedResponse()
    {
        var (client, _) = Create(_ => Xml(UsersPage(0, 1, null).Replace("<IsTruncated>false", "<IsTruncated>true", StringComparison.Ordinal)));

        var act = () => client.ListUsersAsync();

        (await act.Should().ThrowAsync<IamPortal.Application.Iam.IamException>()).Which.Code.Should().Be("MalformedResponse");
    }

    /// <summary>
    /// A GetAccountAuthorizationDetails page as a sparse IAM-compatible endpoint writes it: the second user has no Path or
    /// CreateDate and an attached policy without PolicyName; the second policy has no PolicyName, dates or default version.
    /// </summary>
    private static string SparseAuthorizationDetails(string secondUserName = "<UserName>bob</UserName>") =>
        $"<GetAccountAuthorizationDetailsResponse xmlns=\"{Ns}\"><GetAccountAuthorizationDetailsResult><UserDetailList>"
        + "<member><Path>/</Path><UserName>alice</UserName><UserId>AIDA1</UserId><Arn>arn:aws:iam::123456789012:user/alice</Arn>"
        + "<CreateDate>2024-01-01T00:00:00Z</CreateDate><GroupList><member>devs</member></GroupList></member>"
        + $"<member>{secondUserName}<UserId>AIDA2</UserId><Arn>arn:aws:iam::123456789012:user/bob</Arn>"
        + "<AttachedManagedPolicies><member><PolicyArn>arn:aws:iam::aws:policy/ReadOnlyAccess</PolicyArn></member></AttachedManagedPolicies>"
        + "<UserPolicyList><member><PolicyName>inline</PolicyName><PolicyDocument>%7B%7D</PolicyDocument></member></UserPolicyList></member>"
        + "</UserDetailList><Policies>"
        + "<member><PolicyName>Team</PolicyName><PolicyId>ANPA1</PolicyId><Arn>arn:aws:iam::123456789012:policy/Team</Arn>"
        + "<CreateDate>2024-01-01T00:00:00Z</CreateDate><PolicyVersionList><member><VersionId>v1</VersionId><IsDefaultVersion>true</IsDefaultVersion>"
        + "<Document>%7B%7D</Document></member></PolicyVersionList></member>"
        + "<member><PolicyId>ANPA2</PolicyId><Arn>arn:aws:iam::123456789012:policy/ops/Ops</Arn></member>"
        + "</Policies><IsTruncated>false</IsTruncated></GetAccountAuthorizationDetailsResult></GetAccountAuthorizationDetailsResponse>";

    [Fact]
    public async Task GetAccountAuthorizationDetailsAsync_OptionalElementsMissingFromSomeItems_ReadsTheWholeResponse()
    {
        var (client, _) = Create(_ => Xml(SparseAuthorizationDetails()));

        var details = await client.GetAccountAuthorizationDetailsAsync();

        details.Users.Select(u => u.User.UserName).Should().Equal("alice", "bob");
        var bob = details.Users[1];
        (bob.User.Path, bob.User.CreateDate).Should().Be(("/", IamXmlReader.UnknownDate));
        bob.AttachedManagedPolicies.Should().Equal(new IamPortal.Application.Iam.IamAttachedPolicy("ReadOnlyAccess", "arn:aws:iam::aws:policy/ReadOnlyAccess"));
        bob.InlinePolicies.Single().Document.Should().Be("{}");
        details.Policies.Select(p => p.Policy.PolicyName).Should().Equal("Team", "Ops");
        details.Policies[1].Versions.Should().BeEmpty();
        details.Policies[0].Versions.Single().CreateDate.Should().Be(IamXmlReader.UnknownDate);
    }

    [Fact]
    public async Task GetAccountAuthorizationDetailsAsync_UserWithoutUserName_FailsNamingTheElementAndTheAction()
    {
        var (client, handler) = Create(_ => Xml(SparseAuthorizationDetails(secondUserName: "")));

        var act = () => client.GetAccountAuthorizationDetailsAsync();

        var error = (await act.Should().ThrowAsync<IamPortal.Application.Iam.IamException>()).Which;
        error.Code.Should().Be("MalformedResponse");
        error.Message.Should().Be("GetAccountAuthorizationDetails returned <member> without its required <UserName>.");
        handler.Requests.Should().HaveCount(1, "a malformed answer is not retried");
    }
}
