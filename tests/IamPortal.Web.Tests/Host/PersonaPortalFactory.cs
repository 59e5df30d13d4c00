namespace IamPortal.Web.Tests.Host;

/// <summary>The demo portal without auto sign-in: anonymous visitors meet the persona picker, as a person does.</summary>
public sealed class PersonaPortalFactory : DemoPortalFactory
{
    protected override string? AutoSignInPersona => null;
}
