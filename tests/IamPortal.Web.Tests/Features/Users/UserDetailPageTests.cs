using Bunit;
using IamPortal.Application.Iam;
using IamPortal.Application.Users;
using IamPortal.Web.Features.Users;
using IamPortal.Web.Tests.Fakes;

namespace IamPortal.Web.Tests.Features.Users;

public sealed class UserDetailPageTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Render_ExistingUser_ShowsSummaryKeysAndMfa()
    {
        var details = new FakeUserDetailService();
        details.Users["alice"] = TestData.Detail("alice");
        await using var ctx = PortalTestContext.Create(details: details);

        var cut = ctx.Render<UserDetailPage>(p => p.Add(x => x.UserName, "alice"));

        cut.WaitForAssertion(() => cut.Find("[data-testid='user-name']").TextContent.Should().Be("alice"), Wait);
        cut.Find("[data-testid='user-arn']").TextContent.Should().Be("arn:aws:iam::123456789012:user/engineering/alice");
        cut.Find("[data-testid='user-summary']").TextContent.Should()
            .Contain("AIDAALICE000000000001").And.Contain("/engineering/").And.Contain("payments")
            .And.Contain("arn:aws:iam::123456789012:policy/boundary");
        cut.Find("button[aria-label='Copy ARN']").Should().NotBeNull();

        var keys = cut.Find("[data-testid='access-keys']").TextContent;
        keys.Should().Contain("AKIAOLDKEY0000000001").And.Contain("120 days").And.Contain("s3").And.Contain("eu-west-1")
            .And.Contain("AKIANEWKEY0000000002").And.Contain("Inactive");
        cut.Find("[data-testid='mfa-devices']").TextContent.Should().Contain("arn:aws:iam::123456789012:mfa/alice");
        cut.Find("[data-testid='console-access']").TextContent.Should().Contain("Must change at next sign-in").And.Contain("Yes");
        cut.Find("[data-testid='ssh-public-keys']").TextContent.Should().Contain("APKASSH0001");
    }

    [Fact]
    public async Task Render_UserWithoutConsolePassword_SaysConsoleAccessDisabled()
    {
        var details = new FakeUserDetailService();
        details.Users["bot"] = TestData.Detail("bot") with { LoginProfile = SectionRead.Of<IamLoginProfile?>(null), MfaDevices = TestData.Read<IamMfaDevice>() };
        await using var ctx = PortalTestContext.Create(details: details);

        var cut = ctx.Render<UserDetailPage>(p => p.Add(x => x.UserName, "bot"));

        cut.WaitForAssertion(() => cut.Find("[data-testid='console-access']").TextContent.Should().Contain("Console access disabled"), Wait);
        cut.Find("[data-testid='mfa-devices']").TextContent.Should().Contain("No MFA device is assigned");
    }

    [Fact]
    public async Task Render_UnknownUser_ShowsNotFoundWithAccount()
    {
        await using var ctx = PortalTestContext.Create(details: new FakeUserDetailService());

        var cut = ctx.Render<UserDetailPage>(p => p.Add(x => x.UserName, "ghost"));

        cut.WaitForAssertion(() => cut.Find("[data-testid='user-not-found']").TextContent.Should()
            .Contain("No IAM user named ghost in account 123456789012 (acme-prod)"), Wait);
        cut.FindAll("a[href='users']").Should().Contain(a => a.TextContent.Contains("Back to users"));
    }

    [Fact]
    public async Task Render_ServiceThrows_ShowsErrorAlert()
    {
        var details = new FakeUserDetailService { Failure = new ThrottlingException("Throttling", "Rate exceeded") };
        await using var ctx = PortalTestContext.Create(details: details);

        var cut = ctx.Render<UserDetailPage>(p => p.Add(x => x.UserName, "alice"));

        cut.WaitForAssertion(() => cut.Find("[data-testid='user-error']").TextContent.Should().Contain("could not be loaded"), Wait);
        cut.FindAll("[data-testid='user-error'] button").Should().ContainSingle(b => b.TextContent.Contains("Try again"), "throttling passes");
    }

    [Fact]
    public async Task Render_GetUserDenied_ShowsErrorWithoutTryAgain()
    {
        var details = new FakeUserDetailService { Failure = new IamAccessDeniedException("not authorized to perform: iam:GetUser") };
        await using var ctx = PortalTestContext.Create(details: details);

        var cut = ctx.Render<UserDetailPage>(p => p.Add(x => x.UserName, "alice"));

        cut.WaitForAssertion(() => cut.Find("[data-testid='user-error']").TextContent.Should().Contain("not allowed"), Wait);
        cut.FindAll("[data-testid='user-error'] button").Should().BeEmpty("AccessDenied answers the same on every attempt");
    }

    [Fact]
    public async Task Render_OneSectionUnread_ThatSectionSaysWhyAndTheRestRenders()
    {
        var details = new FakeUserDetailService();
        details.Users["alice"] = TestData.Detail("alice") with { ServiceSpecificCredentials = TestData.Unread<IReadOnlyList<IamServiceSpecificCredential>>() };
        await using var ctx = PortalTestContext.Create(details: details);

        var cut = ctx.Render<UserDetailPage>(p => p.Add(x => x.UserName, "alice"));

        cut.WaitForAssertion(() => cut.Find("[data-section='service-specific credentials']").TextContent.Should()
            .Contain("Service-specific credentials could not be read:").And.Contain("not allowed").And.NotContain("try again"), Wait);
        cut.FindAll("[data-testid='section-read-error']").Should().ContainSingle();
        cut.Find("[data-testid='user-partly-read']").TextContent.Should().Contain("service-specific credentials");
        cut.FindAll("[data-testid='service-specific-credentials']").Should().BeEmpty();
        cut.Find("[data-testid='access-keys']").TextContent.Should().Contain("AKIAOLDKEY0000000001");
        cut.Find("[data-testid='ssh-public-keys']").TextContent.Should().Contain("APKASSH0001");
        cut.Find("[data-testid='console-access']").Should().NotBeNull();
        cut.Find("[data-testid='user-tags']").TextContent.Should().Contain("payments");
        cut.Find("#access-key-create").Should().NotBeNull("the rest of the page still works");
    }

    [Fact]
    public async Task Render_GroupsAndTagsUnread_TabsSayNotReadAndConsoleSectionStillRenders()
    {
        var details = new FakeUserDetailService();
        details.Users["alice"] = TestData.Detail("alice") with
        {
            Groups = TestData.Unread<IReadOnlyList<IamGroup>>(), Tags = TestData.Unread<IReadOnlyList<IamTag>>(),
            InlinePolicyNames = TestData.Unread<IReadOnlyList<string>>(),
        };
        await using var ctx = PortalTestContext.Create(details: details);

        var cut = ctx.Render<UserDetailPage>(p => p.Add(x => x.UserName, "alice"));

        cut.WaitForAssertion(() => cut.Find("[data-section='tags']").TextContent.Should().Contain("Tags could not be read"), Wait);
        var tabs = cut.FindAll(".mud-tab").Select(t => t.TextContent.Trim()).ToList();
        tabs.Should().Contain(["Tags (could not be read)", "Groups (could not be read)", "Permissions (partly read)"]);
        cut.Find("[data-testid='console-access']").Should().NotBeNull();
    }
}
