using System.Security.Claims;
using IamPortal.Web.Auth;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace IamPortal.Web.Tests.Auth;

public sealed class SessionExpiryTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static readonly CookieAuthenticationOptions Options = new() { ExpireTimeSpan = TimeSpan.FromMinutes(480), SlidingExpiration = true };
    private static readonly AuthenticationScheme Scheme = new("Cookies", null, typeof(CookieAuthenticationHandler));

    private static ClaimsPrincipal SignedIn() =>
        new(new ClaimsIdentity([new Claim("sub", "s"), new Claim("groups", "iam-portal-admins")], "Cookies"));

    private static async Task<ClaimsPrincipal> SignInAsync(SessionCookieEvents events)
    {
        var principal = SignedIn();
        var properties = new AuthenticationProperties { IssuedUtc = Start, ExpiresUtc = Start.AddMinutes(480) };
        await events.SigningIn(new CookieSigningInContext(new DefaultHttpContext(), Scheme, Options, principal, properties, new CookieOptions()));
        return principal;
    }

    [Fact]
    public async Task SigningIn_AddsTheCookieExpiryToThePrincipal()
    {
        var principal = await SignInAsync(new SessionCookieEvents(new FakeTimeProvider(Start)));

        SessionCookieEvents.ExpiresAt(principal).Should().Be(Start.AddMinutes(480));
    }

    [Fact]
    public async Task ValidatePrincipal_PastHalfTheLifetime_RenewsAndMovesTheExpiry()
    {
        var clock = new FakeTimeProvider(Start);
        var events = new SessionCookieEvents(clock);
        var principal = await SignInAsync(events);
        clock.Advance(TimeSpan.FromMinutes(300));
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = Start, ExpiresUtc = Start.AddMinutes(480) }, "Cookies");
        var context = new CookieValidatePrincipalContext(new DefaultHttpContext(), Scheme, Options, ticket);

        await events.ValidatePrincipal(context);

        context.ShouldRenew.Should().BeTrue();
        SessionCookieEvents.ExpiresAt(context.Principal).Should().Be(Start.AddMinutes(300 + 480));
        context.Principal!.FindAll(PortalClaimTypes.SessionExpires).Should().ContainSingle();
    }

    [Fact]
    public async Task ValidatePrincipal_EarlyInTheSession_LeavesItAlone()
    {
        var clock = new FakeTimeProvider(Start);
        var events = new SessionCookieEvents(clock);
        var principal = await SignInAsync(events);
        clock.Advance(TimeSpan.FromMinutes(10));
        var ticket = new AuthenticationTicket(principal, new AuthenticationProperties { IssuedUtc = Start, ExpiresUtc = Start.AddMinutes(480) }, "Cookies");
        var context = new CookieValidatePrincipalContext(new DefaultHttpContext(), Scheme, Options, ticket);

        await events.ValidatePrincipal(context);

        context.ShouldRenew.Should().BeFalse();
        SessionCookieEvents.ExpiresAt(context.Principal).Should().Be(Start.AddMinutes(480));
    }

    [Fact]
    public async Task IsSessionValid_BeforeAndAfterExpiry_TurnsFalseOnceExpired()
    {
        var clock = new FakeTimeProvider(Start);
        var state = new AuthenticationState(await SignInAsync(new SessionCookieEvents(clock)));
        var provider = new SessionExpiryAuthenticationStateProvider(NullLoggerFactory.Instance, clock,
            new PortalAuthenticationSettings(AuthenticationProvider.Development, TimeSpan.FromMinutes(480), null));

        clock.Advance(TimeSpan.FromMinutes(479));
        provider.IsSessionValid(state).Should().BeTrue();
        clock.Advance(TimeSpan.FromMinutes(2));
        provider.IsSessionValid(state).Should().BeFalse();
        provider.IsSessionValid(new AuthenticationState(new ClaimsPrincipal(new ClaimsIdentity()))).Should().BeFalse();
    }
}
