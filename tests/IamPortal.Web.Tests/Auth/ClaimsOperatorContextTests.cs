using IamPortal.Application.Accounts;
using IamPortal.Application.Operators;
using IamPortal.Web.Auth;
using IamPortal.Web.Tests.Features.Accounts;
using Microsoft.AspNetCore.Http;

namespace IamPortal.Web.Tests.Auth;

public sealed class ClaimsOperatorContextTests
{
    private static IOperatorContext For(string persona) =>
        new ClaimsOperatorContext(
            new CircuitPrincipal { User = DevelopmentPersonas.CreatePrincipal(DevelopmentPersonas.Find(persona)!, RoleMappingOptions.Default, "Cookies") },
            new HttpContextAccessor(), new PortalRoleMapper(RoleMappingOptions.Default), new OperatorOverride(),
            new AccountSelection(new NoRequestedAccount()), new FixedAccountDirectory());

    [Theory]
    [InlineData("SecurityAdmin", true, true, true, true)]
    [InlineData("TeamLead", true, false, false, false)]
    [InlineData("Auditor", true, true, false, false)]
    [InlineData("NoRole", false, false, false, false)]
    public void Can_EachPersona_FollowsRolePermissions(string persona, bool readIam, bool readAudit, bool manageUsers, bool manageSettings)
    {
        var context = For(persona);

        context.Can(Permission.ReadIam).Should().Be(readIam);
        context.Can(Permission.ReadAudit).Should().Be(readAudit);
        context.Can(Permission.ManageUsers).Should().Be(manageUsers);
        context.Can(Permission.ManageSettings).Should().Be(manageSettings);
    }

    [Fact]
    public void Current_NoCircuitAndNoRequest_IsAnonymous() =>
        new ClaimsOperatorContext(new CircuitPrincipal(), new HttpContextAccessor(), new PortalRoleMapper(RoleMappingOptions.Default), new OperatorOverride(),
                new AccountSelection(new NoRequestedAccount()), new FixedAccountDirectory())
            .Current.Should().Be(OperatorIdentity.Anonymous);
}
