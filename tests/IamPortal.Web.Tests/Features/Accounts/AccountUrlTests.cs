using System.Net;
using IamPortal.Application.Accounts;
using IamPortal.Application.Audit;
using IamPortal.Application.Groups;
using IamPortal.Application.Operators;
using IamPortal.Sandbox;
using IamPortal.Web.Tests.Host;
using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Web.Tests.Features.Accounts;

/// <summary>
/// The real demo host, whose Sandbox is an organization: an account's pages live under /accounts/{id}/ (the page's base),
/// an unknown account is a 404, plain URLs are the first account; a change made for an operator in a member account runs
/// there, is audited with that account, and the member's event log names the operator as SourceIdentity.
/// </summary>
public sealed class AccountUrlTests(DemoPortalFactory factory) : IClassFixture<DemoPortalFactory>
{
    private const string Production = "345678901234";

    [Fact]
    public async Task AccountPage_KnownAccount_RendersUnderItsBase()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync($"/accounts/{Production}/groups");

        html.Should().Contain($"<base href=\"/accounts/{Production}/\"");
        (await client.GetStringAsync("/groups")).Should().Contain("<base href=\"/\"");
    }

    [Fact]
    public async Task AccountPage_UnknownAccountOrBareAccount_NotFoundOrItsUsers()
    {
        using var client = factory.CreateClient(new() { AllowAutoRedirect = false });

        (await client.GetAsync("/accounts/999999999999/users")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var bare = await client.GetAsync($"/accounts/{Production}");
        bare.StatusCode.Should().Be(HttpStatusCode.Redirect);
        bare.Headers.Location!.ToString().Should().Be($"/accounts/{Production}/users");
    }

    [Fact]
    public async Task Change_InAMemberAccount_RunsThereAuditedWithTheOperatorAsSourceIdentity()
    {
        _ = factory.Server; // starts the host
        var operatorIdentity = new OperatorIdentity("sub-ada", "Ada Admin", "ada.admin@example.com", "oidc", PortalRole.SecurityAdmin);
        await using var root = factory.Services.CreateAsyncScope();
        var scopes = root.ServiceProvider.GetRequiredService<IAccountScopes>();

        var created = await scopes.RunAsync(Production, operatorIdentity, (sp, ct) =>
            sp.GetRequiredService<IGroupCommands>().CreateAsync("web-tests-production", null, ct));

        created.Error.Should().BeNull();
        created.Value!.Arn.Should().StartWith($"arn:aws:iam::{Production}:group/");
        var control = factory.Services.GetRequiredService<SandboxServer>().Control;
        control.Events(Production).Should().ContainSingle(e => e.EventName == "CreateGroup")
            .Which.SourceIdentity.Should().Be("ada.admin@example.com");
        control.Events(SandboxAccount.AccountId).Should().NotContain(e => e.EventName == "CreateGroup");
        var audit = await root.ServiceProvider.GetRequiredService<IAuditLog>().QueryAsync(new AuditQuery { Target = "web-tests-production" });
        audit.Items.Should().ContainSingle().Which.Record.AccountId.Should().Be(Production);
    }
}
