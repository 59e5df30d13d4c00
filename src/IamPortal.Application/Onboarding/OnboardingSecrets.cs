namespace IamPortal.Application.Onboarding;

/// <summary>A job's secrets, in the memory of the service that started it; never journaled.</summary>
public sealed class OnboardingSecrets
{
    public string? Password { get; init; }
    public string? AccessKeyId { get; set; }
    public string? SecretAccessKey { get; set; }

    public override string ToString() => "OnboardingSecrets { *** }";
}
