using System.Security.Claims;
using IamPortal.Application.Reviews;
using IamPortal.Web.Auth;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;
using NSubstitute.ExceptionExtensions;

namespace IamPortal.Web.Tests.Auth;

public sealed class SignInRecorderTests
{
    private static readonly ClaimsPrincipal Lead = new(new ClaimsIdentity(
        [new Claim("sub", "lead-sub"), new Claim("email", "lead@example.com"), new Claim("name", "Lee Lead")], "Test"));

    private static HttpContext ContextWith(IOperatorDirectory directory) => new DefaultHttpContext
    {
        RequestServices = new ServiceCollection()
            .AddSingleton(RoleMappingOptions.Read(new ConfigurationBuilder().Build())).AddSingleton<PortalRoleMapper>()
            .AddSingleton(directory).AddLogging().BuildServiceProvider(),
    };

    [Fact]
    public async Task RecordAsync_SignedIn_RecordsSubjectEmailAndName()
    {
        var directory = Substitute.For<IOperatorDirectory>();

        await SignInRecorder.RecordAsync(ContextWith(directory), Lead);

        await directory.Received(1).RecordSignInAsync("lead-sub", "lead@example.com", "Lee Lead", Arg.Any<CancellationToken>());
    }

    [Fact]
    public async Task RecordAsync_DirectoryThrows_SignInGoesOn()
    {
        var directory = Substitute.For<IOperatorDirectory>();
        directory.RecordSignInAsync(default!, default, default!, default).ThrowsAsyncForAnyArgs(new InvalidOperationException("database gone"));

        var record = () => SignInRecorder.RecordAsync(ContextWith(directory), Lead);

        await record.Should().NotThrowAsync();
    }
}
