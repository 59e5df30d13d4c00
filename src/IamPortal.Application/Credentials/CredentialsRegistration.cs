using Microsoft.Extensions.DependencyInjection;

namespace IamPortal.Application.Credentials;

public static class CredentialsRegistration
{
    /// <summary>Console access, access keys (and their rotation), MFA devices and tags of one user.</summary>
    public static IServiceCollection AddCredentials(this IServiceCollection services)
    {
        services.AddScoped<CredentialCommandRunner>();
        services.AddScoped<IConsoleAccessService, ConsoleAccessService>();
        services.AddScoped<IAccessKeyService, AccessKeyService>();
        services.AddScoped<IKeyRotationService, KeyRotationService>();
        services.AddScoped<IMfaService, MfaService>();
        services.AddScoped<IUserTagsService, UserTagsService>();
        return services;
    }
}
